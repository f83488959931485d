import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'vault-service-token',
    title: 'HashiCorp Vault token',
    description: 'A Vault service token; it reads the secrets its policies allow.',
    rotationUrl: 'https://developer.hashicorp.com/vault/docs/concepts/tokens',
    keywords: ['hvs.'],
    pattern: /(?<![\w-])hvs\.[\w-]{90,120}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'vault-batch-token',
    title: 'HashiCorp Vault batch token',
    description: 'A Vault batch token.',
    rotationUrl: 'https://developer.hashicorp.com/vault/docs/concepts/tokens',
    keywords: ['hvb.'],
    pattern: /(?<![\w-])hvb\.[\w-]{138,300}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'vault-recovery-token',
    title: 'HashiCorp Vault recovery token',
    description: 'A Vault recovery token.',
    rotationUrl: 'https://developer.hashicorp.com/vault/docs/concepts/tokens',
    keywords: ['hvr.'],
    pattern: /(?<![\w-])hvr\.[\w-]{90,120}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'vault-legacy-token',
    title: 'HashiCorp Vault token',
    description: 'An older Vault service token (s.…), next to its name.',
    rotationUrl: 'https://developer.hashicorp.com/vault/docs/concepts/tokens',
    keywords: ['vault'],
    context: ['vault'],
    pattern: /(?<![\w-])s\.[A-Za-z0-9]{24}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'vault-service-token': {
    positive: [`VAULT_TOKEN=hvs.CAESI${fakeToken('hvs', 100, 'base64url')}`],
    negative: [
      'hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'hvs.short',
    ],
  },
  'vault-batch-token': {
    positive: [`VAULT_TOKEN=hvb.AAAAAQ${fakeToken('hvb', 150, 'base64url')}`],
    negative: [
      'hvb.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'hvb.short',
    ],
  },
  'vault-recovery-token': {
    positive: [`hvr.${fakeToken('hvr', 100, 'base64url')}`],
    negative: [
      'hvr.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'hvr.',
    ],
  },
  'vault-legacy-token': {
    positive: [`VAULT_TOKEN=s.${fakeToken('vlt', 24)}`],
    negative: [`s.${fakeToken('vlt2', 24)}`, 'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
