import { fakeToken, fakeUuid } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';
import { countCharacterClasses } from '../validators/entropy';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    description: 'The public half of an AWS access key; it often travels with its secret.',
    rotationUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/dg,
  }),
  defineSecretRule({
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    description: 'The secret half of an AWS access key; with the key ID it signs any AWS request.',
    rotationUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    keywords: ['aws', 'secret'],
    context: ['aws', 'secret'],
    // A bare 40-character base64 string is too common (hashes, blobs); it needs a label.
    pattern: /(?<![A-Z0-9/+])[A-Z0-9/+]{40}(?![A-Z0-9/+=])/dgi,
    minEntropy: 4,
    validate: (value) => countCharacterClasses(value) >= 3,
  }),
  defineSecretRule({
    id: 'aws-session-token',
    title: 'AWS session token',
    description:
      'A temporary AWS credential; with its key pair it acts as the role until it expires.',
    rotationUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    keywords: ['iqojb3jpz2lu', 'fwogzxivyxdz'],
    pattern: /(?<![A-Za-z0-9/+])(?:IQoJb3JpZ2lu|FwoGZXIvYXdz)[A-Za-z0-9/+]{100,}={0,2}/dg,
    window: { before: 16, after: 4096 },
  }),
  defineSecretRule({
    id: 'aws-bedrock-api-key',
    title: 'Amazon Bedrock API key',
    description: 'A long-term Amazon Bedrock API key; it calls models billed to the account.',
    rotationUrl: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
    keywords: ['absk'],
    pattern: /(?<![A-Za-z0-9/+])ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9/+]{40,}={0,2}/dg,
    window: { before: 16, after: 2048 },
  }),
  defineSecretRule({
    id: 'aws-mws-key',
    title: 'Amazon MWS auth token',
    description: 'An Amazon Marketplace Web Service auth token.',
    keywords: ['amzn.mws.'],
    pattern: /amzn\.mws\.[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/dg,
  }),
];

export const examples: RuleExamples = {
  'aws-access-key-id': {
    positive: ['aws_access_key_id = AKIAZ7QK3M5N2P4R6T7V', 'ASIAY3LQ6W2X5Z7B4D6F in the log'],
    negative: ['AKIAIOSFODNN7EXAMPLE', 'AKIAZ7QK3M5N2P4R6T7V9X (too long)', 'AKIA1234'],
  },
  'aws-secret-access-key': {
    positive: [
      'aws_secret_access_key = k9Fq2Lz7Xw4Vb8Nc1Hd6Jf3Gs5Tp0Ya7Ue2Io9Pq',
      'AWS_SECRET_ACCESS_KEY="Zr4t/Lm8Qw2Xe6Vb+Nc1Hd5Jf9Gs3Tp7Ya0Ue4Io"',
    ],
    negative: [
      'k9Fq2Lz7Xw4Vb8Nc1Hd6Jf3Gs5Tp0Ya7Ue2Io9Pq without any label',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'secret commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    ],
  },
  'aws-session-token': {
    positive: [
      `aws_session_token = IQoJb3JpZ2luX2VjE${fakeToken('sts', 300, 'base64')}`,
      `X-Amz-Security-Token: FwoGZXIvYXdzE${fakeToken('sts2', 200, 'base64')}`,
    ],
    negative: ['IQoJb3JpZ2luX2VjE', 'aws_session_token = <token>'],
  },
  'aws-bedrock-api-key': {
    positive: [
      `AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS${fakeToken('bedrock', 120, 'base64')}`,
    ],
    negative: ['ABSKQmVkcm9ja0FQSUtleS', 'ABSK is a prefix'],
  },
  'aws-mws-key': {
    positive: [`MWS_AUTH_TOKEN=amzn.mws.${fakeUuid('mws')}`],
    negative: ['amzn.mws.00000000-0000-0000-0000-000000000000', 'amzn.mws.docs'],
  },
};
