import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  {
    id: 'marking-classification',
    category: 'marking',
    severity: 'high',
    title: 'Classification banner',
    description: 'A government classification banner or portion marking with its "//" controls.',
    // A level or a portion mark with its "//": a bare "//" would send the pattern into every URL
    // and code comment. The match starts at most "TOP " before its keyword and runs on over
    // the control markings; the window reaches as far past the first "//" as a hit on it did.
    keywords: [
      'secret//',
      'confidential//',
      'restricted//',
      'unclassified//',
      '(ts//',
      '(s//',
      '(c//',
      '(u//',
    ],
    window: { before: 8, after: 616 },
    // Banner "TOP SECRET//SI//NOFORN", "UNCLASSIFIED//FOUO", or portion marks "(S//NF)".
    pattern:
      /(?<![\p{L}\p{N}])(?:(?:TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED)\/\/[A-Z][A-Z\d-]*(?:(?:\/\/|, | )[A-Z][A-Z\d-]*)*|\((?:TS|[SCU])\/\/[A-Z][A-Z\d-]*(?:\/\/[A-Z][A-Z\d-]*)*\))/dgu,
  },
];

export const examples: RuleExamples = {
  'marking-classification': {
    positive: [
      'TOP SECRET//SI//NOFORN',
      'SECRET//REL TO USA, GBR',
      '(S//NF) The unit moved.',
      'UNCLASSIFIED//FOUO',
    ],
    negative: ['secret//sauce', 'TOP SECRET recipe', 'https://example.com//path'],
  },
};
