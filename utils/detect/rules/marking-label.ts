import type { Rule, RuleExamples } from '../types';

// Office and Purview sensitivity labels print "Sensitivity: <label>" or "Classification:
// <label>"; only labels that restrict sharing count ("General" and "Public" do not).
const LABEL_NAMES = [
  'sensitivity(?: label)?',
  '(?:data |information )?classification',
  'vertraulichkeit(?:sstufe)?',
  'klassifizierung',
  'klassifikation',
  'schutzstufe',
  'sensibilité',
  'sensibilidad',
  'clasificación',
  'sensibilità',
  'classificazione',
  'gevoeligheid',
  'classificatie',
  'sensibilidade',
  'classificação',
];

const SENSITIVE_VALUES = [
  'highly confidential',
  'strictly confidential',
  'confidential',
  'restricted',
  'internal(?: only)?',
  'secret',
  'streng vertraulich',
  'vertraulich',
  'intern',
  'geheim',
  'strictement confidentiel',
  'confidentiel',
  'interne',
  'restreint',
  'confidencial',
  'interno',
  'restringido',
  'riservato',
  'confidenziale',
  'vertrouwelijk',
  'restrito',
];

export const rules: readonly Rule[] = [
  {
    id: 'marking-label',
    category: 'marking',
    severity: 'medium',
    title: 'Sensitivity label',
    description: 'An Office or Purview sensitivity label, or a classification label line.',
    keywords: [
      'sensib',
      'sensitiv',
      'classif',
      'klassifi',
      'vertraulichkeit',
      'schutz',
      'gevoelig',
    ],
    pattern: new RegExp(
      `^[ \\t*_#]*(?:${LABEL_NAMES.join('|')})[ \\t]*:[ \\t*_]*(?<value>${SENSITIVE_VALUES.join('|')})(?![\\p{L}\\p{N}])`,
      'dgimu',
    ),
  },
];

export const examples: RuleExamples = {
  'marking-label': {
    positive: [
      'Sensitivity: Highly Confidential',
      'Classification: Internal Only',
      'Klassifizierung: Vertraulich',
    ],
    negative: [
      'Sensitivity: General',
      'Classification: Public',
      'the classification: confidential data is handled',
    ],
  },
};
