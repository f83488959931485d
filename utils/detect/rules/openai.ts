import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

const KEYS_URL = 'https://platform.openai.com/api-keys';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'openai-api-key',
    title: 'OpenAI API key',
    description: 'A key for the OpenAI API; anyone holding it can spend on the account.',
    rotationUrl: KEYS_URL,
    keywords: ['sk-'],
    // Project keys by prefix; older user keys by the `T3BlbkFJ` marker (base64 of "OpenAI")
    // inside them. Keys may end in `-` or `_`, so no `\b`.
    pattern: /(?<![\w-])sk-(?:(?:proj|None)-[\w-]{20,}|[\w-]{0,80}T3BlbkFJ[\w-]{16,})/dg,
  }),
  defineSecretRule({
    id: 'openai-service-account-key',
    title: 'OpenAI service account key',
    description: 'A key of an OpenAI project service account, used by servers and CI.',
    rotationUrl: KEYS_URL,
    keywords: ['sk-svcacct-'],
    pattern: /(?<![\w-])sk-svcacct-[\w-]{20,}/dg,
  }),
  defineSecretRule({
    id: 'openai-admin-key',
    title: 'OpenAI admin key',
    description: 'An OpenAI organization admin key; it manages projects, users and other keys.',
    rotationUrl: 'https://platform.openai.com/settings/organization/admin-keys',
    keywords: ['sk-admin-'],
    pattern: /(?<![\w-])sk-admin-[\w-]{20,}/dg,
  }),
];

export const examples: RuleExamples = {
  'openai-api-key': {
    positive: [
      'OPENAI_API_KEY=sk-proj-Qm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6T3BlbkFJ-',
      'key: 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',
      `sk-proj-${fakeToken('openai-proj', 74, 'base64url')}T3BlbkFJ${fakeToken('oa', 74)}`,
    ],
    negative: [
      'export OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'sk-proj-short',
      'task-proj-Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej',
    ],
  },
  'openai-service-account-key': {
    positive: [
      'sk-svcacct-Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej',
      `sk-svcacct-${fakeToken('svc', 120)}`,
    ],
    negative: ['sk-svcacct-your-service-account-key', 'sk-svcacct-'],
  },
  'openai-admin-key': {
    positive: [`OPENAI_ADMIN_KEY=sk-admin-${fakeToken('oa-admin', 120, 'base64url')}`],
    negative: ['sk-admin-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'desk-admin-panel-settings-page-layout'],
  },
};
