import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'postman-api-key',
    title: 'Postman API key',
    description: 'A Postman key; it reads collections and environments with their secrets.',
    rotationUrl: 'https://go.postman.co/settings/me/api-keys',
    keywords: ['pmak-'],
    pattern: /(?<![\w-])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'postman-api-key': {
    positive: [`POSTMAN_API_KEY=PMAK-${fakeToken('pm', 24, 'hex')}-${fakeToken('pm2', 34, 'hex')}`],
    negative: ['PMAK-000000000000000000000000-0000000000000000000000000000000000', 'PMAK-'],
  },
};
