import type { MatchContext, Rule, RuleExamples } from '../types';
import { computeEntropy, countCharacterClasses } from '../validators/entropy';
import { isPlaceholder } from '../validators/placeholder';

const ROTATION_URL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html';

// A bare 40-character base64 string is too common to flag on its own (hashes, blobs); the
// secret half of an AWS key pair only counts when a label like aws_secret_access_key is near.
const CONTEXT_WINDOW = 80;

function hasAwsContext({ text, start }: MatchContext): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT_WINDOW), start).toLowerCase();
  return before.includes('aws') || before.includes('secret');
}

export const rules: readonly Rule[] = [
  {
    id: 'aws-access-key-id',
    category: 'secret',
    severity: 'high',
    title: 'AWS access key ID',
    description: 'The public half of an AWS access key; it often travels with its secret.',
    rotationUrl: ROTATION_URL,
    keywords: ['akia', 'asia', 'abia', 'acca'],
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/dg,
    validate: (value) => !isPlaceholder(value),
  },
  {
    id: 'aws-secret-access-key',
    category: 'secret',
    severity: 'high',
    title: 'AWS secret access key',
    description: 'The secret half of an AWS access key; with the key ID it signs any AWS request.',
    rotationUrl: ROTATION_URL,
    keywords: ['aws', 'secret'],
    pattern: /(?<![A-Z0-9/+])[A-Z0-9/+]{40}(?![A-Z0-9/+=])/dgi,
    validate: (value, context) =>
      hasAwsContext(context) &&
      countCharacterClasses(value) >= 3 &&
      computeEntropy(value) >= 4 &&
      !isPlaceholder(value),
  },
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
};
