import { fakeUuid } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'postmark-server-token',
    title: 'Postmark server token',
    description: 'A Postmark server token, next to its name; it sends mail.',
    rotationUrl: 'https://account.postmarkapp.com/servers',
    keywords: ['postmark'],
    context: ['postmark'],
    pattern: /(?<![\w-])[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'postmark-server-token': {
    positive: [`POSTMARK_SERVER_TOKEN=${fakeUuid('postmark')}`],
    negative: [fakeUuid('postmark2'), 'POSTMARK_SERVER_TOKEN=<token>'],
  },
};
