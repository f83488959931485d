import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'dropbox-access-token',
    title: 'Dropbox access token',
    description: 'A Dropbox short-lived access token; it reads the user’s files.',
    rotationUrl: 'https://www.dropbox.com/developers/apps',
    keywords: ['sl.'],
    pattern: /(?<![\w-])sl\.[\w-]{130,1400}/dg,
    window: { before: 16, after: 1500 },
  }),
];

export const examples: RuleExamples = {
  'dropbox-access-token': {
    positive: [`Authorization: Bearer sl.B${fakeToken('dbx', 140, 'base64url')}`],
    negative: [
      'sl.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'sl.short',
    ],
  },
};
