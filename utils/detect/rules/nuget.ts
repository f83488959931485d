import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'nuget-api-key',
    title: 'NuGet API key',
    description: 'A nuget.org key; it pushes package versions.',
    rotationUrl: 'https://www.nuget.org/account/apikeys',
    keywords: ['oy2'],
    pattern: /(?<![\w-])oy2[a-z0-9]{43}(?![\w-])/dg,
    validate: (value) => /\d.*\d/.test(value),
  }),
];

export const examples: RuleExamples = {
  'nuget-api-key': {
    positive: [`dotnet nuget push pkg.nupkg -k oy2${fakeToken('nuget', 43, 'lower')}`],
    negative: ['oy2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'oy2short'],
  },
};
