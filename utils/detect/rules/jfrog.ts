import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'jfrog-api-key',
    title: 'JFrog Artifactory API key',
    description: 'An Artifactory API key or reference token; it reads and publishes artifacts.',
    rotationUrl:
      'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    keywords: ['akcp', 'cmvmdgtu'],
    pattern: /(?<![\w-])(?:AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56})(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'jfrog-api-key': {
    positive: [
      `ARTIFACTORY_API_KEY=AKCp${fakeToken('jf', 69)}`,
      `Authorization: Bearer cmVmdGtu${fakeToken('jf2', 56)}`,
    ],
    negative: [
      'AKCpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AKCp short',
    ],
  },
};
