import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

const ROTATION_URL = 'https://console.anthropic.com/settings/keys';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    description:
      'A key for the Anthropic API (Claude); anyone holding it can spend on the account.',
    rotationUrl: ROTATION_URL,
    keywords: ['sk-ant-api'],
    pattern: /(?<![\w-])sk-ant-api\d{2}-[\w-]{32,}/dg,
  }),
  defineSecretRule({
    id: 'anthropic-admin-key',
    title: 'Anthropic Admin API key',
    description: 'An Anthropic organization admin key; it manages members, workspaces and keys.',
    rotationUrl: 'https://console.anthropic.com/settings/admin-keys',
    keywords: ['sk-ant-admin'],
    pattern: /(?<![\w-])sk-ant-admin\d{2}-[\w-]{32,}/dg,
  }),
];

export const examples: RuleExamples = {
  'anthropic-api-key': {
    positive: [
      `ANTHROPIC_API_KEY=sk-ant-api03-${fakeToken('anthropic', 93, 'base64url')}AA`,
      `client = Anthropic(api_key="sk-ant-api03-${fakeToken('anthropic-2', 93)}AA")`,
    ],
    negative: ['sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk-ant-api03-short'],
  },
  'anthropic-admin-key': {
    positive: [`x-api-key: sk-ant-admin01-${fakeToken('anthropic-admin', 93)}AA`],
    negative: ['sk-ant-admin01-...', 'sk-ant-admin01-<your admin key>'],
  },
};
