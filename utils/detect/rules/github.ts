import type { Rule, RuleExamples } from '../types';
import { hasValidGithubChecksum } from '../validators/crc32';
import { isPlaceholder } from '../validators/placeholder';

export const rules: readonly Rule[] = [
  {
    id: 'github-token',
    category: 'secret',
    severity: 'high',
    title: 'GitHub token',
    description: 'A GitHub access token; it can read and change repositories it has access to.',
    rotationUrl: 'https://github.com/settings/tokens',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    // Classic tokens end in a CRC-32 checksum, which rules out look-alikes; fine-grained tokens
    // have no public checksum, so their fixed layout has to do.
    pattern:
      /(?<![\w-])(?:gh[oprsu]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![\w-])/dg,
    validate: (value) =>
      value.startsWith('github_pat_') ? !isPlaceholder(value) : hasValidGithubChecksum(value),
  },
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
};
