import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'supabase-access-token',
    title: 'Supabase access token',
    description: 'A Supabase personal access token; it manages projects.',
    rotationUrl: 'https://supabase.com/dashboard/account/tokens',
    keywords: ['sbp_'],
    pattern: /(?<![\w-])sbp_[a-f0-9]{40}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'supabase-secret-key',
    title: 'Supabase secret key',
    description: 'A Supabase secret API key; it bypasses row-level security.',
    rotationUrl: 'https://supabase.com/docs/guides/api/api-keys',
    keywords: ['sb_secret_'],
    pattern: /(?<![\w-])sb_secret_[\w-]{31,}/dg,
  }),
];

export const examples: RuleExamples = {
  'supabase-access-token': {
    positive: [`SUPABASE_ACCESS_TOKEN=sbp_${fakeToken('sbp', 40, 'hex')}`],
    negative: ['sbp_0000000000000000000000000000000000000000', 'sbp_short'],
  },
  'supabase-secret-key': {
    positive: [`SUPABASE_SECRET_KEY=sb_secret_${fakeToken('sbs', 31, 'base64url')}`],
    negative: [`sb_publishable_${fakeToken('sbs2', 31, 'base64url')}`, 'sb_secret_...'],
  },
};
