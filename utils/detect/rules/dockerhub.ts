import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';
import { decodeBase64 } from '../validators/base64';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'dockerhub-pat',
    title: 'Docker Hub personal access token',
    description: 'A Docker Hub token; it pushes and pulls your images.',
    rotationUrl: 'https://app.docker.com/settings/personal-access-tokens',
    keywords: ['dckr_pat_'],
    pattern: /(?<![\w-])dckr_pat_[\w-]{27}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'dockerhub-oat',
    title: 'Docker Hub organization access token',
    description: 'A Docker Hub organization token.',
    rotationUrl: 'https://docs.docker.com/security/for-admins/access-tokens/',
    keywords: ['dckr_oat_'],
    pattern: /(?<![\w-])dckr_oat_[\w-]{32}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'dockerhub-config-auth',
    title: 'Docker registry credentials',
    description: 'Registry credentials stored in a Docker config.json (base64 of user:password).',
    rotationUrl: 'https://docs.docker.com/reference/cli/docker/login/',
    keywords: ['"auth"'],
    pattern: /"auth"[ \t]*:[ \t]*"(?<value>[A-Za-z0-9+/]{12,400}={0,2})"/dg,
    validate: (value) => /^[^:]{1,100}:.{4,}$/.test(decodeBase64(value)),
  }),
];

export const examples: RuleExamples = {
  'dockerhub-pat': {
    positive: [
      `echo dckr_pat_${fakeToken('dckr', 27, 'base64url')} | docker login -u me --password-stdin`,
    ],
    negative: ['dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dckr_pat_'],
  },
  'dockerhub-oat': {
    positive: [`dckr_oat_${fakeToken('dckro', 32, 'base64url')}`],
    negative: ['dckr_oat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dckr_oat_'],
  },
  'dockerhub-config-auth': {
    positive: ['{"auths": {"registry.example.io": {"auth": "ZGVwbG95OlMzY3JldFBhc3N3MHJkIQ=="}}}'],
    negative: ['"auth": ""', '"auth": "bearer"'],
  },
};
