import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'gitlab-pat',
    title: 'GitLab personal access token',
    description: 'A GitLab personal, project or group access token; it reads and pushes code.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['glpat-'],
    pattern: /(?<![\w-])glpat-[\w.-]{20,300}/dg,
  }),
  defineSecretRule({
    id: 'gitlab-pipeline-trigger-token',
    title: 'GitLab pipeline trigger token',
    description: 'A token that starts pipelines in a GitLab project.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['glptt-'],
    pattern: /(?<![\w-])glptt-[a-f0-9]{40}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-runner-token',
    title: 'GitLab runner authentication token',
    description: 'A token that registers work as a GitLab runner and sees CI secrets.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['glrt-'],
    pattern: /(?<![\w-])glrt-[\w.-]{20,100}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-runner-registration-token',
    title: 'GitLab runner registration token',
    description: 'An older token that registers new runners.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['gr1348941'],
    pattern: /(?<![\w-])GR1348941[\w-]{20}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-deploy-token',
    title: 'GitLab deploy token',
    description: 'A GitLab deploy token; it reads or writes a repository and registry.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['gldt-'],
    pattern: /(?<![\w-])gldt-[\w-]{20,50}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-feed-token',
    title: 'GitLab feed token',
    description: 'A GitLab feed token; it reads activity and issue feeds.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['glft-'],
    pattern: /(?<![\w-])glft-[\w-]{20,50}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-oauth-secret',
    title: 'GitLab OAuth application secret',
    description: 'The secret of a GitLab OAuth application.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['gloas-'],
    pattern: /(?<![\w-])gloas-[\w-]{64}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-scim-token',
    title: 'GitLab SCIM token',
    description: 'A GitLab SCIM token; it provisions and removes users.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['glsoat-'],
    pattern: /(?<![\w-])glsoat-[\w-]{20,50}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-job-token',
    title: 'GitLab CI/CD job token',
    description: 'A GitLab CI job token; it acts for the running job.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['glcbt-'],
    pattern: /(?<![\w-])glcbt-[\w.-]{20,100}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-incoming-mail-token',
    title: 'GitLab incoming mail token',
    description: 'A token that creates issues by e-mail.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['glimt-'],
    pattern: /(?<![\w-])glimt-[\w-]{25}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-agent-token',
    title: 'GitLab agent for Kubernetes token',
    description: 'A token of the GitLab agent for Kubernetes.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['glagent-'],
    pattern: /(?<![\w-])glagent-[\w-]{50,100}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'gitlab-feature-flags-token',
    title: 'GitLab feature flags client token',
    description: 'A client token for GitLab feature flags.',
    rotationUrl: 'https://docs.gitlab.com/security/tokens/',
    keywords: ['glffct-'],
    pattern: /(?<![\w-])glffct-[\w-]{20,50}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'gitlab-pat': {
    positive: [
      `GITLAB_TOKEN=glpat-${fakeToken('glpat', 20, 'base64url')}`,
      `glpat-${fakeToken('glpat2', 36)}.01.${fakeToken('glpat3', 9, 'lower')}`,
    ],
    negative: ['glpat-xxxxxxxxxxxxxxxxxxxx', 'glpat-short'],
  },
  'gitlab-pipeline-trigger-token': {
    positive: [`glptt-${fakeToken('glptt', 40, 'hex')}`],
    negative: ['glptt-xxxxxxxxxxxxxxxxxxxx', 'glptt-short'],
  },
  'gitlab-runner-token': {
    positive: [`glrt-${fakeToken('glrt', 27, 'base64url')}`],
    negative: ['glrt-xxxxxxxxxxxxxxxxxxxx', 'glrt-short'],
  },
  'gitlab-runner-registration-token': {
    positive: [`REGISTRATION_TOKEN=GR1348941${fakeToken('gr', 20, 'base64url')}`],
    negative: ['GR1348941xxxxxxxxxxxxxxxxxxxx', 'GR1348941'],
  },
  'gitlab-deploy-token': {
    positive: [`gldt-${fakeToken('gldt', 20, 'base64url')}`],
    negative: ['gldt-xxxxxxxxxxxxxxxxxxxx', 'gldt-short'],
  },
  'gitlab-feed-token': {
    positive: [`glft-${fakeToken('glft', 20, 'base64url')}`],
    negative: ['glft-xxxxxxxxxxxxxxxxxxxx', 'glft-short'],
  },
  'gitlab-oauth-secret': {
    positive: [`gloas-${fakeToken('gloas', 64, 'base64url')}`],
    negative: ['gloas-xxxxxxxxxxxxxxxxxxxx', 'gloas-short'],
  },
  'gitlab-scim-token': {
    positive: [`glsoat-${fakeToken('glsoat', 20, 'base64url')}`],
    negative: ['glsoat-xxxxxxxxxxxxxxxxxxxx', 'glsoat-short'],
  },
  'gitlab-job-token': {
    positive: [`glcbt-${fakeToken('glcbt', 5, 'hex')}_${fakeToken('glcbt2', 20, 'base64url')}`],
    negative: ['glcbt-xxxxxxxxxxxxxxxxxxxx', 'glcbt-short'],
  },
  'gitlab-incoming-mail-token': {
    positive: [`glimt-${fakeToken('glimt', 25)}`],
    negative: ['glimt-xxxxxxxxxxxxxxxxxxxx', 'glimt-short'],
  },
  'gitlab-agent-token': {
    positive: [`glagent-${fakeToken('glagent', 50, 'base64url')}`],
    negative: ['glagent-xxxxxxxxxxxxxxxxxxxx', 'glagent-short'],
  },
  'gitlab-feature-flags-token': {
    positive: [`glffct-${fakeToken('glffct', 20, 'base64url')}`],
    negative: ['glffct-xxxxxxxxxxxxxxxxxxxx', 'glffct-short'],
  },
};
