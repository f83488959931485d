import { fakeUuid } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'snyk-token',
    title: 'Snyk API token',
    description: 'A Snyk token, next to its name; it reads vulnerability data of private projects.',
    rotationUrl: 'https://app.snyk.io/account',
    keywords: ['snyk'],
    context: ['snyk'],
    pattern: /(?<![\w-])[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'snyk-token': {
    positive: [`SNYK_TOKEN=${fakeUuid('snyk')}`],
    negative: [fakeUuid('snyk2'), 'SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}'],
  },
};
