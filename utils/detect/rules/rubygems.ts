import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'rubygems-api-key',
    title: 'RubyGems API key',
    description: 'A RubyGems key; it pushes gem releases.',
    rotationUrl: 'https://rubygems.org/profile/api_keys',
    keywords: ['rubygems_'],
    pattern: /(?<![\w-])rubygems_[a-f0-9]{48}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'rubygems-api-key': {
    positive: [`GEM_HOST_API_KEY=rubygems_${fakeToken('gem', 48, 'hex')}`],
    negative: ['rubygems_000000000000000000000000000000000000000000000000', 'rubygems_version'],
  },
};
