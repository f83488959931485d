import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'alibaba-access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    description: 'The public half of an Alibaba Cloud AccessKey pair.',
    rotationUrl: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
    keywords: ['ltai'],
    pattern: /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])/dg,
  }),
  defineSecretRule({
    id: 'alibaba-access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    description: 'The secret half of an Alibaba Cloud AccessKey pair, next to its name.',
    rotationUrl: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
    keywords: ['alibaba', 'aliyun', 'access_key_secret', 'accesskeysecret'],
    context: ['alibaba', 'aliyun', 'access_key_secret', 'accesskeysecret'],
    pattern: /(?<![A-Z0-9])[A-Z0-9]{30}(?![A-Z0-9])/dgi,
  }),
];

export const examples: RuleExamples = {
  'alibaba-access-key-id': {
    positive: [`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${fakeToken('ltai', 20)}`],
    negative: ['LTAIxxxxxxxxxxxxxxxxxxxx', 'LTAI short'],
  },
  'alibaba-access-key-secret': {
    positive: [`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${fakeToken('alis', 30)}`],
    negative: [fakeToken('alis2', 30), 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=<secret>'],
  },
};
