import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'mapbox-secret-token',
    title: 'Mapbox secret token',
    description: 'A Mapbox secret token; it changes styles and uploads data.',
    rotationUrl: 'https://account.mapbox.com/access-tokens/',
    keywords: ['sk.eyj'],
    pattern: /(?<![\w-])sk\.eyJ[\w-]{40,200}\.[\w-]{20,40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'mapbox-secret-token': {
    positive: [
      `MAPBOX_SECRET=sk.eyJ1Ijoi${fakeToken('mb', 50, 'base64url')}.${fakeToken('mb2', 22, 'base64url')}`,
    ],
    negative: ['pk.eyJ1IjoiZGVtbyJ9.abc', 'sk.eyJ'],
  },
};
