import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'databricks-token',
    title: 'Databricks access token',
    description: 'A Databricks personal access token; it runs jobs and reads data.',
    rotationUrl: 'https://docs.databricks.com/dev-tools/auth/pat.html',
    keywords: ['dapi'],
    pattern: /(?<![\w-])dapi[a-f0-9]{32}(?:-\d)?(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'databricks-token': {
    positive: [`DATABRICKS_TOKEN=dapi${fakeToken('dapi', 32, 'hex')}`],
    negative: ['dapi00000000000000000000000000000000', 'dapi'],
  },
};
