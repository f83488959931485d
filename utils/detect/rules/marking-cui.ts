import type { MatchContext, Rule, RuleExamples } from '../types';
import { lineAround } from '../validators/context';

// "CUI" alone is a common acronym; only as a banner line of its own, or with its category
// markings after "//", is it the US Controlled Unclassified Information marking.
function isCuiBanner(value: string, context: MatchContext): boolean {
  if (value !== 'CUI') return true;

  return lineAround(context).trim() === 'CUI';
}

export const rules: readonly Rule[] = [
  {
    id: 'marking-cui',
    category: 'marking',
    severity: 'medium',
    title: 'Controlled Unclassified Information (CUI) marking',
    description: 'A US government CUI banner or category marking.',
    keywords: ['cui', 'controlled unclassified'],
    pattern:
      /(?<![\p{L}\p{N}/])(?:CUI(?:\/\/[A-Z][A-Z\d-]*(?:\/{1,2}[A-Z][A-Z\d-]*)*)?|CONTROLLED UNCLASSIFIED INFORMATION)(?![\p{L}\p{N}/])/dgu,
    validate: isCuiBanner,
  },
];

export const examples: RuleExamples = {
  'marking-cui': {
    positive: [
      'CUI\nProgram schedule',
      'CUI//SP-PRVCY',
      'CUI//SP-EXPT//NOFORN',
      'CONTROLLED UNCLASSIFIED INFORMATION',
    ],
    negative: ['the CUI program started in 2010', 'cui bono?'],
  },
};
