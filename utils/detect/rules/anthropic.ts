import type { Rule, RuleExamples } from '../types';
import { isPlaceholder } from '../validators/placeholder';

export const rules: readonly Rule[] = [
  {
    id: 'anthropic-api-key',
    category: 'secret',
    severity: 'high',
    title: 'Anthropic API key',
    description:
      'A key for the Anthropic API (Claude); anyone holding it can spend on the account.',
    rotationUrl: 'https://console.anthropic.com/settings/keys',
    keywords: ['sk-ant-'],
    pattern: /(?<![\w-])sk-ant-(?:api|admin)\d{2}-[\w-]{32,}/dg,
    validate: (value) => !isPlaceholder(value),
  },
];

export const examples: RuleExamples = {
  'anthropic-api-key': {
    positive: [
      'ANTHROPIC_API_KEY=sk-ant-api03-Rk7Qz2Lm9Xw4Vb8Nc1Hd6Jf3Gs5Tp0Ya7Ue2Io9Pl4Mk8Nj1Bh6Vg3Cf5Dx0Sz7Aw2Qe9Rt4Yu8Ii1OoPpAA',
      'sk-ant-admin01-Rk7Qz2Lm9Xw4Vb8Nc1Hd6Jf3Gs5Tp0Ya7Ue2Io9Pl4Mk8Nj1',
    ],
    negative: ['sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk-ant-api03-short'],
  },
};
