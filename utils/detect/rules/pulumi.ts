import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'pulumi-token',
    title: 'Pulumi access token',
    description: 'A Pulumi Cloud token; it reads stacks and their secrets.',
    rotationUrl: 'https://app.pulumi.com/account/tokens',
    keywords: ['pul-'],
    pattern: /(?<![\w-])pul-[a-f0-9]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'pulumi-token': {
    positive: [`PULUMI_ACCESS_TOKEN=pul-${fakeToken('pul', 40, 'hex')}`],
    negative: ['pul-0000000000000000000000000000000000000000', 'pul-request'],
  },
};
