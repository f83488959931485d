import { fakeToken, fakeUuid } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'npm-token',
    title: 'npm access token',
    description: 'An npm access token; it can publish packages under your name.',
    rotationUrl: 'https://www.npmjs.com/settings/~/tokens',
    keywords: ['npm_'],
    pattern: /(?<![\w-])npm_[A-Za-z0-9]{36}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'npm-legacy-token',
    title: 'npm legacy auth token',
    description: 'An older npm auth token (a UUID) in .npmrc.',
    rotationUrl: 'https://www.npmjs.com/settings/~/tokens',
    keywords: ['_authtoken'],
    pattern:
      /_authToken=(?<value>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'npm-token': {
    positive: [`//registry.npmjs.org/:_authToken=npm_${fakeToken('npm', 36)}`],
    negative: ['npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'npm_config_registry'],
  },
  'npm-legacy-token': {
    positive: [`//registry.npmjs.org/:_authToken=${fakeUuid('npmlegacy')}`],
    negative: ['_authToken=${NPM_TOKEN}', '_authToken=00000000-0000-0000-0000-000000000000'],
  },
};
