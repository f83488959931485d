import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'facebook-access-token',
    title: 'Facebook (Meta) access token',
    description: 'A Meta Graph API access token; it acts for a user, page or app.',
    rotationUrl: 'https://developers.facebook.com/tools/accesstoken/',
    keywords: ['eaa'],
    pattern: /(?<![\w-])EAA[A-Z][A-Za-z0-9]{90,400}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'facebook-access-token': {
    positive: [`FB_ACCESS_TOKEN=EAAG${fakeToken('fb', 180)}`],
    negative: [
      'EAAGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'EAAGshort',
    ],
  },
};
