import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { RULES } from '@/utils/detect/registry';
import { renderRulesDoc } from '@/utils/detect/rules-doc';

describe('docs/rules.md', () => {
  it('lists every registered rule (run `npm run docs:rules` after changing rules)', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesDoc(RULES));
  });
});
