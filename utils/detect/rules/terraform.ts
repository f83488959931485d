import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'terraform-cloud-token',
    title: 'HCP Terraform API token',
    description: 'An HCP Terraform (Terraform Cloud) token; it runs plans and reads state.',
    rotationUrl: 'https://app.terraform.io/app/settings/tokens',
    keywords: ['.atlasv1.'],
    pattern: /(?<![\w-])[A-Za-z0-9]{14}\.atlasv1\.[\w=-]{60,70}(?![\w-])/dg,
    window: { before: 16, after: 90 },
  }),
];

export const examples: RuleExamples = {
  'terraform-cloud-token': {
    positive: [
      `TF_TOKEN_app_terraform_io=${fakeToken('tfc', 14)}.atlasv1.${fakeToken('tfc2', 67, 'base64url')}`,
    ],
    negative: [
      'xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'foo.atlasv1.bar',
    ],
  },
};
