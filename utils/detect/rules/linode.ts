import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'linode-token',
    title: 'Linode (Akamai) API token',
    description: 'A Linode API token, next to its name; it manages servers.',
    rotationUrl: 'https://cloud.linode.com/profile/tokens',
    keywords: ['linode'],
    context: ['linode'],
    pattern: /(?<![\w-])[a-f0-9]{64}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'linode-token': {
    positive: [`LINODE_TOKEN=${fakeToken('linode', 64, 'hex')}`],
    negative: [fakeToken('linode2', 64, 'hex'), 'LINODE_TOKEN=<token>'],
  },
};
