import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'grafana-service-account-token',
    title: 'Grafana service account token',
    description: 'A Grafana service account token; it acts as that account.',
    rotationUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    keywords: ['glsa_'],
    pattern: /(?<![\w-])glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'grafana-cloud-token',
    title: 'Grafana Cloud access token',
    description: 'A Grafana Cloud access policy token.',
    rotationUrl:
      'https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/',
    keywords: ['glc_'],
    pattern: /(?<![\w-])glc_[A-Za-z0-9+/]{32,400}={0,2}/dg,
  }),
  defineSecretRule({
    id: 'grafana-api-key',
    title: 'Grafana API key',
    description: 'An older Grafana API key (base64 JSON with k, n, id).',
    rotationUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    keywords: ['eyjrijoi'],
    pattern: /(?<![\w-])eyJrIjoi[A-Za-z0-9+/]{50,120}={0,2}/dg,
  }),
];

export const examples: RuleExamples = {
  'grafana-service-account-token': {
    positive: [`GRAFANA_TOKEN=glsa_${fakeToken('glsa', 32)}_${fakeToken('glsa2', 8, 'hex')}`],
    negative: ['glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_00000000', 'glsa_'],
  },
  'grafana-cloud-token': {
    positive: [`GRAFANA_CLOUD_TOKEN=glc_${fakeToken('glc', 120, 'base64')}`],
    negative: ['glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'glc_'],
  },
  'grafana-api-key': {
    positive: [`Authorization: Bearer eyJrIjoi${fakeToken('gfk', 70)}==`],
    negative: ['eyJrIjoi', 'eyJrIjoishort'],
  },
};
