import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'sonarqube-token',
    title: 'SonarQube token',
    description: 'A SonarQube or SonarCloud token; it reads code analysis results.',
    rotationUrl: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
    keywords: ['sqp_', 'squ_', 'sqa_'],
    pattern: /(?<![\w-])sq[apu]_[a-f0-9]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'sonarqube-token': {
    positive: [`SONAR_TOKEN=squ_${fakeToken('sonar', 40, 'hex')}`],
    negative: ['squ_0000000000000000000000000000000000000000', 'sqa_short'],
  },
};
