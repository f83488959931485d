import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { policySchema } from '@/utils/policy/schema';
import { BUILT_IN_SITES } from '@/utils/policy/sites';

import type { JsonSchema } from './managed-schema-check';

const ROOT = join(import.meta.dirname, '../../..');
const reference = readFileSync(join(ROOT, 'docs/policy-reference.md'), 'utf8');
const managedSchema = JSON.parse(
  readFileSync(join(ROOT, 'public/managed_schema.json'), 'utf8'),
) as JsonSchema;

/** Field paths two levels deep, as the reference names them: `organization.name`, `guidance[].id`. */
function fieldPaths(schema: JsonSchema, prefix = '', depth = 0): string[] {
  const isList = schema.type === 'array';
  const element = isList ? schema.items : schema;
  const path = isList ? `${prefix}[]` : prefix;
  const here = prefix ? [prefix] : [];
  if (depth === 2 || !element?.properties) return here;

  const children = Object.entries(element.properties).flatMap(([key, child]) =>
    fieldPaths(child, path ? `${path}.${key}` : key, depth + 1),
  );
  return [...here, ...children];
}

describe('docs/policy-reference.md', () => {
  it('has a section for every top-level policy field', () => {
    const headings = [...reference.matchAll(/^### `([^`]+)`$/gm)].map((match) => match[1]);

    expect(headings).toEqual(Object.keys(policySchema.shape));
  });

  it.each(fieldPaths(managedSchema))('describes %s', (path) => {
    expect(reference).toContain(`\`${path}\``);
  });

  it('lists exactly the built-in sites, no more', () => {
    const table = reference.slice(reference.indexOf('## Built-in AI sites'));
    const listed = [...table.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((match) => match[1]);

    expect(listed).toEqual(BUILT_IN_SITES.map((site) => site.id));
  });

  it('points from disabledRules to the generated list of rule ids', () => {
    const section = reference.slice(reference.indexOf('### `disabledRules`'));

    expect(section.slice(0, section.indexOf('\n### '))).toContain('[rules.md](rules.md)');
  });
});
