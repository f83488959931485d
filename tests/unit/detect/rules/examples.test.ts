import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { RULES } from '@/utils/detect/registry';
import type { RuleExamples } from '@/utils/detect/types';
import { scan } from '@/utils/detect/scan';

// registry.test.ts checks that every rule file has examples; this runs them through the scan.
// The files are read from the folder, so a new rule file needs no edit here.
const RULES_DIR = join(import.meta.dirname, '../../../../utils/detect/rules');
const modules = await Promise.all(
  readdirSync(RULES_DIR)
    .filter((file) => file.endsWith('.ts'))
    .map(async (file) => (await import(join(RULES_DIR, file))) as { examples?: RuleExamples }),
);
const EXAMPLES = modules.reduce<RuleExamples>(
  (all, module) => ({ ...all, ...module.examples }),
  {},
);

const rows = RULES.flatMap((rule) => {
  const { positive = [], negative = [] } = EXAMPLES[rule.id] ?? {};
  return [
    ...positive.map((text) => ({ id: rule.id, text, found: true })),
    ...negative.map((text) => ({ id: rule.id, text, found: false })),
  ];
});

describe('rule examples', () => {
  it('covers every registered rule', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(rows.filter((row) => row.found))('$id finds its example: $text', ({ id, text }) => {
    expect(scan(text).map((finding) => finding.rule)).toContain(id);
  });

  it.each(rows.filter((row) => !row.found))('$id ignores $text', ({ id, text }) => {
    expect(scan(text).map((finding) => finding.rule)).not.toContain(id);
  });
});
