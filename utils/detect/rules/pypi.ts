import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'pypi-token',
    title: 'PyPI API token',
    description: 'A PyPI upload token; it publishes releases of your packages.',
    rotationUrl: 'https://pypi.org/manage/account/token/',
    keywords: ['pypi-ageichlwas5vcmc'],
    pattern: /(?<![\w-])pypi-AgEIcHlwaS5vcmc[\w-]{50,}/dg,
    window: { before: 16, after: 1024 },
  }),
];

export const examples: RuleExamples = {
  'pypi-token': {
    positive: [`TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${fakeToken('pypi', 120, 'base64url')}`],
    negative: ['pypi-AgEIcHlwaS5vcmc', 'pypi-token-docs'],
  },
};
