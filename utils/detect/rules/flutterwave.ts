import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'flutterwave-secret-key',
    title: 'Flutterwave secret key',
    description: 'A Flutterwave secret key; it moves money.',
    rotationUrl: 'https://app.flutterwave.com/dashboard/settings/apis',
    keywords: ['flwseck'],
    pattern: /(?<![\w-])FLWSECK(?:_TEST)?-[a-f0-9]{32}-X(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'flutterwave-secret-key': {
    positive: [`FLW_SECRET_KEY=FLWSECK-${fakeToken('flw', 32, 'hex')}-X`],
    negative: ['FLWSECK-00000000000000000000000000000000-X', 'FLWSECK_TEST-'],
  },
};
