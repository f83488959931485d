import type { Rule, RuleExamples } from '../types';
import { isJwtStructure } from '../validators/jwt';

export const rules: readonly Rule[] = [
  {
    id: 'jwt',
    category: 'secret',
    severity: 'medium',
    title: 'JSON Web Token',
    description: 'A signed session or API token; until it expires it works like a password.',
    // A JSON header in base64 starts `eyJ` (`{"`), `eyA` (`{ `) or `ewo`/`ew0`/`ewk` (`{` and a break).
    keywords: ['eyj', 'eya', 'ewo', 'ew0', 'ewk'],
    window: { before: 16, after: 16_384 },
    pattern: /(?<![\w-])e[wy][\w-]{8,}\.e[wy][\w-]{8,}\.[\w-]*/dg,
    validate: isJwtStructure,
  },
];

export const examples: RuleExamples = {
  jwt: {
    positive: [
      'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUiLCJpYXQiOjE3MDAwMDAwMDB9.Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0EjQ1wE2rT3yU',
    ],
    negative: [
      'eyJub3QiOiJhIGhlYWRlciJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1',
      'they.eyebrow.eyes',
    ],
  },
};
