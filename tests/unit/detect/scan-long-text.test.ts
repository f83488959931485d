import { describe, expect, it } from 'vitest';

import { loadRuleExamples } from '@/eval/rule-examples';
import { RULES } from '@/utils/detect/registry';
import { scan } from '@/utils/detect/scan';

const FILLER = 'Lorem ipsum dolor sit amet, the build passed on 2026-12-04 at 16:20.\n'.repeat(40);

describe('scan of one long text', () => {
  it('finds every secret rule when all their examples sit far apart in one paste', async () => {
    const examples = await loadRuleExamples();
    const secretRules = RULES.filter((rule) => rule.category === 'secret');
    const text = secretRules
      .map((rule) => `${FILLER}\n${examples[rule.id]?.positive[0] ?? ''}\n`)
      .join('');
    const found = new Set(scan(text).map((finding) => finding.rule));

    expect(secretRules.map((rule) => rule.id).filter((id) => !found.has(id))).toEqual([]);
  });
});
