import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'prefect-api-key',
    title: 'Prefect API key',
    description: 'A Prefect Cloud key; it runs flows and reads blocks with credentials.',
    rotationUrl: 'https://app.prefect.cloud/my/api-keys',
    keywords: ['pnu_'],
    pattern: /(?<![\w-])pnu_[A-Za-z0-9]{36}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'prefect-api-key': {
    positive: [`PREFECT_API_KEY=pnu_${fakeToken('pnu', 36)}`],
    negative: ['pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'pnu_'],
  },
};
