import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'asana-token',
    title: 'Asana personal access token',
    description: 'An Asana token; it reads and changes tasks and projects.',
    rotationUrl: 'https://app.asana.com/0/my-apps',
    keywords: ['asana'],
    context: ['asana'],
    pattern: /(?<![\w/])[12]\/\d{10,20}(?:\/\d{10,20})?:[a-f0-9]{32}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'asana-token': {
    positive: [`ASANA_TOKEN=2/1204567890123456/1206543210987654:${fakeToken('asana', 32, 'hex')}`],
    negative: ['1/123:abc', '2/1204567890123456:00000000000000000000000000000000'],
  },
};
