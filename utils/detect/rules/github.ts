import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';
import { hasValidGithubChecksum } from '../validators/crc32';

// Classic tokens end in a CRC-32 checksum, which rules out look-alikes; fine-grained tokens have
// no public checksum, so their fixed layout has to do.
const githubToken: Rule = defineSecretRule({
  id: 'github-token',
  title: 'GitHub token',
  description: 'A GitHub access token; it can read and change repositories it has access to.',
  rotationUrl: 'https://github.com/settings/tokens',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  pattern:
    /(?<![\w-])(?:gh[oprsu]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![\w-])/dg,
  validate: (value) => value.startsWith('github_pat_') || hasValidGithubChecksum(value),
});

export const rules: readonly Rule[] = [
  githubToken,
  defineSecretRule({
    id: 'github-oauth-secret',
    title: 'GitHub OAuth app client secret',
    description: 'The secret of a GitHub OAuth app, next to its name.',
    rotationUrl: 'https://github.com/settings/developers',
    keywords: ['github'],
    context: ['client_secret', 'clientsecret', 'client-secret'],
    pattern: /(?<![\w-])[a-f0-9]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'github-token': {
    positive: [
      'token: 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',
      'GH_TOKEN=github_pat_11ABCDEFG0123456789abc_Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0EjQ1wE2rT3yU4iO5pA6sD7fG8hJ9k',
      'installation ghs_k9Fq2Lz7Xw4Vb8Nc1Hd6Jf3Gs5Tp0Y2CoST1 expires in an hour',
    ],
    negative: [
      'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz01232piBxf',
      '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_suffix',
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'github-oauth-secret': {
    positive: [`GITHUB_CLIENT_SECRET=${fakeToken('ghsec', 40, 'hex')}`],
    negative: [`github commit ${fakeToken('ghsec2', 40, 'hex')}`, 'GITHUB_CLIENT_SECRET=<secret>'],
  },
};
