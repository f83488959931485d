import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { generateManagedSchema } from '@/utils/policy/managed-schema';
import type { ChromeSchema } from '@/utils/policy/managed-schema';

const CHROME_KEYS = new Set([
  'type',
  'description',
  'properties',
  'additionalProperties',
  'items',
  'enum',
]);

function collectUnsupportedKeys(schema: ChromeSchema, path = '(root)'): string[] {
  const own = Object.keys(schema)
    .filter((key) => !CHROME_KEYS.has(key))
    .map((key) => `${path}.${key}`);
  const children = [
    ...Object.entries(schema.properties ?? {}).map(
      ([key, child]) => [`${path}.${key}`, child] as const,
    ),
    ...(schema.items ? [[`${path}[]`, schema.items] as const] : []),
    ...(schema.additionalProperties ? [[`${path}{}`, schema.additionalProperties] as const] : []),
  ];

  return [
    ...own,
    ...children.flatMap(([childPath, child]) => collectUnsupportedKeys(child, childPath)),
  ];
}

describe('managed_schema.json', () => {
  it('is the file generated from the zod policy schema (run scripts/generate-managed-schema.ts)', () => {
    const checkedIn: unknown = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));

    expect(checkedIn).toEqual(generateManagedSchema());
  });

  it('uses only what Chrome accepts, so Chrome never refuses to load the extension', () => {
    const schema = generateManagedSchema();

    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(collectUnsupportedKeys(schema)).toEqual([]);
  });

  it('declares every top-level policy field IT can set', () => {
    expect(Object.keys(generateManagedSchema().properties ?? {})).toEqual(
      expect.arrayContaining([
        'organization',
        'guidance',
        'sites',
        'actions',
        'override',
        'keywords',
      ]),
    );
  });
});
