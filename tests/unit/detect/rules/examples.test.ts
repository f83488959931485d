import { describe, expect, it } from 'vitest';

import { RULES } from '@/utils/detect/registry';
import { examples as anthropic } from '@/utils/detect/rules/anthropic';
import { examples as aws } from '@/utils/detect/rules/aws';
import { examples as genericApiKey } from '@/utils/detect/rules/generic-api-key';
import { examples as github } from '@/utils/detect/rules/github';
import { examples as google } from '@/utils/detect/rules/google';
import { examples as iban } from '@/utils/detect/rules/iban';
import { examples as jwt } from '@/utils/detect/rules/jwt';
import { examples as openai } from '@/utils/detect/rules/openai';
import { examples as password } from '@/utils/detect/rules/password';
import { examples as privateKey } from '@/utils/detect/rules/private-key';
import { examples as slack } from '@/utils/detect/rules/slack';
import { examples as stripe } from '@/utils/detect/rules/stripe';
import { scan } from '@/utils/detect/scan';

// registry.test.ts checks that every rule file has examples; this runs them through the scan.
const EXAMPLES = {
  ...anthropic,
  ...aws,
  ...genericApiKey,
  ...github,
  ...google,
  ...iban,
  ...jwt,
  ...openai,
  ...password,
  ...privateKey,
  ...slack,
  ...stripe,
};

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
