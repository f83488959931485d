import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'bitbucket-app-password',
    title: 'Bitbucket app password or access token',
    description: 'A Bitbucket app password or access token; it reads and pushes code.',
    rotationUrl: 'https://bitbucket.org/account/settings/app-passwords/',
    keywords: ['atbb', 'atctt3xffgn0'],
    pattern: /(?<![\w-])(?:ATBB[\w=.-]{32}|ATCTT3xFfGN0[\w=-]{150,250})(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'bitbucket-app-password': {
    positive: [
      `BITBUCKET_APP_PASSWORD=ATBB${fakeToken('atbb', 32)}`,
      `ATCTT3xFfGN0${fakeToken('atctt', 180, 'base64url')}`,
    ],
    negative: ['ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ATBB short'],
  },
};
