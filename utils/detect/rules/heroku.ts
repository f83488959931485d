import { fakeToken, fakeUuid } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'heroku-api-key',
    title: 'Heroku API key',
    description: 'A Heroku platform API key; it deploys and configures apps.',
    rotationUrl: 'https://dashboard.heroku.com/account/applications',
    keywords: ['hrku-'],
    pattern: /(?<![\w-])HRKU-AA[\w-]{58}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'heroku-api-key-legacy',
    title: 'Heroku API key',
    description: 'An older Heroku API key (a UUID), next to its name.',
    rotationUrl: 'https://dashboard.heroku.com/account',
    keywords: ['heroku'],
    context: ['heroku'],
    pattern: /(?<![\w-])[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'heroku-api-key': {
    positive: [`HEROKU_API_KEY=HRKU-AA${fakeToken('hrku', 58, 'base64url')}`],
    negative: ['HRKU-AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'HRKU-AA'],
  },
  'heroku-api-key-legacy': {
    positive: [`HEROKU_API_KEY=${fakeUuid('heroku')}`],
    negative: [fakeUuid('heroku2'), 'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000'],
  },
};
