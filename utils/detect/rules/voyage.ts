import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'voyage-api-key',
    title: 'Voyage AI API key',
    description: 'A key for the Voyage AI embeddings API, next to its name.',
    // The official client sends people to this dashboard for `pa-` keys. Since MongoDB took
    // Voyage over, keys are also made in Atlas
    // (https://www.mongodb.com/docs/voyageai/management/api-keys/); those begin with `al-`, and
    // the ones seen in public code are as long as the `pa-` keys.
    rotationUrl: 'https://dash.voyageai.com/api-keys',
    keywords: ['voyage'],
    context: ['voyage'],
    pattern: /(?<![\w-])(?:pa|al)-[\w-]{43}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'voyage-api-key': {
    positive: [
      `VOYAGE_API_KEY=pa-${fakeToken('voy', 43, 'base64url')}`,
      `VOYAGE_API_KEY=al-${fakeToken('voy-atlas', 43, 'base64url')}`,
    ],
    negative: [
      `pa-${fakeToken('voy2', 43, 'base64url')}`,
      'VOYAGE_API_KEY=pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'VOYAGE_API_KEY="al-your-atlas-model-api-key"',
    ],
  },
};
