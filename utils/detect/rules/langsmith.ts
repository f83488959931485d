import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'langsmith-api-key',
    title: 'LangSmith API key',
    description: 'A LangSmith personal access token or service key; it reads traces and prompts.',
    rotationUrl: 'https://smith.langchain.com/settings',
    keywords: ['lsv2_'],
    pattern: /(?<![\w-])lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'langsmith-api-key': {
    positive: [
      `LANGSMITH_API_KEY=lsv2_pt_${fakeToken('ls', 32, 'hex')}_${fakeToken('ls2', 10, 'hex')}`,
      `lsv2_sk_${fakeToken('ls3', 32, 'hex')}_${fakeToken('ls4', 10, 'hex')}`,
    ],
    negative: [
      'lsv2_pt_00000000000000000000000000000000_0000000000',
      `lsv2_pt_${fakeToken('ls5', 32, 'hex')}`,
    ],
  },
};
