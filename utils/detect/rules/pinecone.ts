import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'pinecone-api-key',
    title: 'Pinecone API key',
    description: 'A key for the Pinecone vector database; it reads and deletes indexes.',
    rotationUrl: 'https://app.pinecone.io',
    keywords: ['pcsk_'],
    pattern: /(?<![\w-])pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,80}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'pinecone-api-key': {
    positive: [`PINECONE_API_KEY=pcsk_${fakeToken('pc', 6)}_${fakeToken('pc2', 63)}`],
    negative: [
      'pcsk_xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'pcsk_abc',
    ],
  },
};
