import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'doppler-personal-token',
    title: 'Doppler Personal token',
    description: 'A Doppler personal token; it reads the secrets it is scoped to.',
    rotationUrl: 'https://docs.doppler.com/docs/service-tokens',
    keywords: ['dp.pt.'],
    pattern: /(?<![\w-])dp\.pt\.[A-Za-z0-9]{40,44}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'doppler-service-token',
    title: 'Doppler Service token',
    description: 'A Doppler service token; it reads the secrets it is scoped to.',
    rotationUrl: 'https://docs.doppler.com/docs/service-tokens',
    keywords: ['dp.st.'],
    pattern: /(?<![\w-])dp\.st\.[A-Za-z0-9]{40,44}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'doppler-service-account-token',
    title: 'Doppler Service account token',
    description: 'A Doppler service account token; it reads the secrets it is scoped to.',
    rotationUrl: 'https://docs.doppler.com/docs/service-tokens',
    keywords: ['dp.sa.'],
    pattern: /(?<![\w-])dp\.sa\.[A-Za-z0-9]{40,44}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'doppler-cli-token',
    title: 'Doppler CLI token',
    description: 'A Doppler cli token; it reads the secrets it is scoped to.',
    rotationUrl: 'https://docs.doppler.com/docs/service-tokens',
    keywords: ['dp.ct.'],
    pattern: /(?<![\w-])dp\.ct\.[A-Za-z0-9]{40,44}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'doppler-scim-token',
    title: 'Doppler SCIM token',
    description: 'A Doppler scim token; it reads the secrets it is scoped to.',
    rotationUrl: 'https://docs.doppler.com/docs/service-tokens',
    keywords: ['dp.scim.'],
    pattern: /(?<![\w-])dp\.scim\.[A-Za-z0-9]{40,44}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'doppler-audit-token',
    title: 'Doppler Audit token',
    description: 'A Doppler audit token; it reads the secrets it is scoped to.',
    rotationUrl: 'https://docs.doppler.com/docs/service-tokens',
    keywords: ['dp.audit.'],
    pattern: /(?<![\w-])dp\.audit\.[A-Za-z0-9]{40,44}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'doppler-personal-token': {
    positive: [`DOPPLER_TOKEN=dp.pt.${fakeToken('dppt', 43)}`],
    negative: ['dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dp.pt.'],
  },
  'doppler-service-token': {
    positive: [`DOPPLER_TOKEN=dp.st.${fakeToken('dpst', 43)}`],
    negative: ['dp.st.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dp.st.'],
  },
  'doppler-service-account-token': {
    positive: [`DOPPLER_TOKEN=dp.sa.${fakeToken('dpsa', 43)}`],
    negative: ['dp.sa.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dp.sa.'],
  },
  'doppler-cli-token': {
    positive: [`DOPPLER_TOKEN=dp.ct.${fakeToken('dpct', 43)}`],
    negative: ['dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dp.ct.'],
  },
  'doppler-scim-token': {
    positive: [`DOPPLER_TOKEN=dp.scim.${fakeToken('dpscim', 43)}`],
    negative: ['dp.scim.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dp.scim.'],
  },
  'doppler-audit-token': {
    positive: [`DOPPLER_TOKEN=dp.audit.${fakeToken('dpaudit', 43)}`],
    negative: ['dp.audit.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dp.audit.'],
  },
};
