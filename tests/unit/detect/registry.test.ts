import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { findRule, RULES } from '@/utils/detect/registry';
import type { Rule, RuleExamples } from '@/utils/detect/types';
import { categorySchema, severitySchema } from '@/utils/detect/types';

interface RuleModule {
  rules?: readonly Rule[];
  examples?: RuleExamples;
}

const RULES_DIR = join(import.meta.dirname, '../../../utils/detect/rules');
const ruleFiles = readdirSync(RULES_DIR).filter((file) => file.endsWith('.ts'));

async function loadRuleModule(file: string): Promise<RuleModule> {
  return (await import(join(RULES_DIR, file))) as RuleModule;
}

describe('rule registry', () => {
  it.each(ruleFiles)('registers every rule exported by rules/%s', async (file) => {
    const { rules } = await loadRuleModule(file);

    expect(rules?.length).toBeGreaterThan(0);
    for (const rule of rules ?? []) {
      expect(RULES).toContain(rule);
    }
  });

  it.each(ruleFiles)('names each rule in rules/%s after its file', async (file) => {
    const family = basename(file, '.ts');
    const { rules } = await loadRuleModule(file);

    for (const rule of rules ?? []) {
      expect(rule.id === family || rule.id.startsWith(`${family}-`)).toBe(true);
    }
  });

  it.each(ruleFiles)(
    'gives each rule in rules/%s a positive and a negative example',
    async (file) => {
      const { rules, examples } = await loadRuleModule(file);

      for (const rule of rules ?? []) {
        expect(examples?.[rule.id]?.positive.length, rule.id).toBeGreaterThan(0);
        expect(examples?.[rule.id]?.negative.length, rule.id).toBeGreaterThan(0);
      }

      expect(Object.keys(examples ?? {}).sort()).toEqual((rules ?? []).map((r) => r.id).sort());
    },
  );

  it('holds only rules that come from a file in rules/', async () => {
    const modules = await Promise.all(ruleFiles.map(loadRuleModule));
    const fromFiles = modules.flatMap((module) => module.rules ?? []);

    expect([...RULES].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      fromFiles.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('has unique rule ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    'describes %s completely, with a global pattern that reports indices',
    (_id, rule) => {
      expect(categorySchema.safeParse(rule.category).success).toBe(true);
      expect(severitySchema.safeParse(rule.severity).success).toBe(true);
      expect(rule.title.trim()).not.toBe('');
      expect(rule.description.trim()).not.toBe('');
      expect(rule.pattern.flags).toContain('g');
      expect(rule.pattern.flags).toContain('d');
      expect(rule.pattern.flags).not.toContain('y');
      // The prefilter compares keywords against the lower-cased text.
      for (const keyword of rule.keywords) expect(keyword).toBe(keyword.toLowerCase());
      if (rule.rotationUrl !== undefined) expect(rule.rotationUrl).toMatch(/^https:\/\//);
    },
  );

  it('finds a rule by its id and nothing for an unknown id', () => {
    expect(findRule('github-token')?.title).toBe('GitHub token');
    expect(findRule('no-such-rule')).toBeUndefined();
  });
});
