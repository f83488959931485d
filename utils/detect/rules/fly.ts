import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'fly-api-token',
    title: 'Fly.io API token',
    description: 'A Fly.io token (macaroon); it deploys and manages apps.',
    rotationUrl: 'https://fly.io/docs/security/tokens/',
    keywords: ['flyv1 fm'],
    pattern: /FlyV1 (?<value>fm[12][ar]?_[\w+/=,-]{100,})/dg,
    window: { before: 0, after: 4096 },
  }),
];

export const examples: RuleExamples = {
  'fly-api-token': {
    positive: [`FLY_API_TOKEN="FlyV1 fm2_${fakeToken('fly', 300, 'base64')}"`],
    negative: ['FlyV1 fm2_short', 'FlyV1 <token>'],
  },
};
