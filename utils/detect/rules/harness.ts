import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'harness-token',
    title: 'Harness access token',
    description: 'A Harness personal or service account token.',
    rotationUrl:
      'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys',
    keywords: ['pat.', 'sat.'],
    pattern: /(?<![\w.-])(?:pat|sat)\.[\w-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'harness-token': {
    positive: [
      `HARNESS_TOKEN=pat.${fakeToken('hn', 22, 'base64url')}.${fakeToken('hn2', 24, 'hex')}.${fakeToken('hn3', 20)}`,
    ],
    negative: ['pat.x.y.z', 'sat.'],
  },
};
