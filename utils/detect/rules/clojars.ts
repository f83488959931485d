import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'clojars-token',
    title: 'Clojars deploy token',
    description: 'A Clojars token; it deploys library releases.',
    rotationUrl: 'https://clojars.org/tokens',
    keywords: ['clojars_'],
    pattern: /(?<![\w-])CLOJARS_[a-z0-9]{60}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'clojars-token': {
    positive: [`CLOJARS_PASSWORD=CLOJARS_${fakeToken('clj', 60, 'lower')}`],
    negative: [
      'CLOJARS_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'CLOJARS_USERNAME=me',
    ],
  },
};
