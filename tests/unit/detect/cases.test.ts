import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { scan } from '@/utils/detect/scan';

interface FieldCase {
  id: string;
  text: string;
  expect: string;
  why?: string;
}

const ROOT = join(import.meta.dirname, '../../..');
const SHARED_CASES = join(ROOT, '../shared/cases/detection.json');
const LOCAL_CASES = join(import.meta.dirname, 'cases/detection.json');

function readCases(path: string): FieldCase[] {
  return JSON.parse(readFileSync(path, 'utf8')) as FieldCase[];
}

// The verdict a case names: the categories found, or `none` when nothing is.
function describeVerdict(text: string): string {
  const categories = [...new Set(scan(text).map((finding) => finding.category))].sort();
  return categories.length === 0 ? 'none' : categories.join(',');
}

// The shared folder is the source of truth when present; the copy keeps tests self-contained.
const cases = readCases(existsSync(SHARED_CASES) ? SHARED_CASES : LOCAL_CASES);

describe('field cases from detection.json', () => {
  it.skipIf(!existsSync(SHARED_CASES))('keeps the local copy equal to the shared cases', () => {
    expect(readCases(LOCAL_CASES)).toEqual(readCases(SHARED_CASES));
  });

  it.each(cases)('gives $id the verdict $expect', ({ text, expect: verdict }) => {
    expect(describeVerdict(text)).toBe(verdict);
  });
});
