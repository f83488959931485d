import type { Rule, RuleExamples } from '../types';
import { isPlaceholder } from '../validators/placeholder';

export const rules: readonly Rule[] = [
  {
    id: 'openai-api-key',
    category: 'secret',
    severity: 'high',
    title: 'OpenAI API key',
    description: 'A key for the OpenAI API; anyone holding it can spend on the account.',
    rotationUrl: 'https://platform.openai.com/api-keys',
    keywords: ['sk-'],
    // Project, service-account and admin keys by prefix; older keys by the `T3BlbkFJ` marker
    // (base64 of "OpenAI") that sits inside them. Keys may end in `-` or `_`, so no `\b`.
    pattern:
      /(?<![\w-])sk-(?:(?:proj|svcacct|admin|None)-[\w-]{20,}|[\w-]{0,80}T3BlbkFJ[\w-]{16,})/dg,
    validate: (value) => !isPlaceholder(value),
  },
];

export const examples: RuleExamples = {
  'openai-api-key': {
    positive: [
      'OPENAI_API_KEY=sk-proj-Qm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6T3BlbkFJ-',
      'key: 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',
      'sk-svcacct-Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej',
    ],
    negative: [
      'export OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'sk-proj-short',
      'task-proj-Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej',
    ],
  },
};
