import type { Rule, RuleExamples } from '../types';

// TLP 2.0 (FIRST): labels are written in capitals with the colon; CLEAR and GREEN may be shared
// within a community, so only RED and AMBER are kept from AI tools.
export const rules: readonly Rule[] = [
  {
    id: 'marking-tlp-red',
    category: 'marking',
    severity: 'high',
    title: 'TLP:RED marking',
    description: 'Traffic Light Protocol RED: for the named recipients only.',
    keywords: ['tlp'],
    pattern: /(?<![\p{L}\p{N}])TLP: ?RED(?![\p{L}\p{N}])/dgu,
  },
  {
    id: 'marking-tlp-amber',
    category: 'marking',
    severity: 'medium',
    title: 'TLP:AMBER marking',
    description: 'Traffic Light Protocol AMBER or AMBER+STRICT: limited to the organization.',
    keywords: ['tlp'],
    pattern: /(?<![\p{L}\p{N}])TLP: ?AMBER(?:\+STRICT)?(?![\p{L}\p{N}+])/dgu,
  },
];

export const examples: RuleExamples = {
  'marking-tlp-red': {
    positive: ['TLP:RED\nIncident report 2024-17', 'Classification: TLP: RED'],
    negative: ['TLP:CLEAR', 'the tlp:red label means', 'TLP:REDACTED'],
  },
  'marking-tlp-amber': {
    positive: ['TLP:AMBER+STRICT', 'Shared under TLP:AMBER with partners'],
    negative: ['TLP:GREEN', 'TLP:AMBERS'],
  },
};
