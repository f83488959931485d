import type { MatchContext, Rule, RuleExamples } from '../types';
import { lineAround, textAfter, textBefore } from '../validators/context';

// The markings organizations print on documents, longest first so "strictly confidential"
// wins over "confidential". English, German, French, Spanish, Italian, Dutch, Portuguese.
const PHRASES = [
  'privileged (?:and|&) confidential',
  'attorney[- ]client privileged?(?: (?:communication|information))?',
  'privileged (?:and|&) confidential attorney[- ]client communication',
  'strictly confidential',
  'highly confidential',
  'company confidential',
  'proprietary (?:and|&) confidential',
  '(?:for )?internal use only',
  'do not (?:distribute|forward|copy)',
  'not for (?:distribution|external distribution)',
  'trade secret',
  'proprietary',
  'confidential',
  'streng vertraulich',
  'nur für den (?:internen |dienst)gebrauch',
  'nicht weitergeben',
  'vertraulich',
  'strictement confidentiel(?:le)?',
  'diffusion restreinte',
  '(?:à |a )?usage interne(?: uniquement)?',
  'ne pas diffuser',
  'secret des affaires',
  'confidentiel(?:le)?',
  'estrictamente confidencial',
  'estritamente confidencial',
  '(?:solo|sólo|somente|apenas) (?:para|per) uso interno',
  'para uso interno',
  'no distribuir',
  'não divulgar',
  'secreto comercial',
  'segredo comercial',
  'confidencial',
  'strettamente riservato',
  'riservato',
  'confidenziale',
  'non divulgare',
  'segreto commerciale',
  'strikt vertrouwelijk',
  'alleen voor intern gebruik',
  'niet verspreiden',
  'bedrijfsgeheim',
  'vertrouwelijk',
];

const DECORATION = /^[\s*_#=~\-–—[\](){}<>"'|:.!/\\]*$/u;
const SEPARATOR = /\s[-–—|•·]\s|\s?\|\s?|\/\//u;
const NEGATION = /(?:\bnot|\bnon-?|\bun|\bnicht|\bkein\w*|\bnon|\bno|\bniet|\bnão)\s*$/iu;

function isUpperCase(value: string): boolean {
  return value === value.toUpperCase() && value !== value.toLowerCase();
}

function lastWord(text: string): string {
  return text.trimEnd().split(/\P{L}/u).at(-1) ?? '';
}

function firstWord(text: string): string {
  return /^\s*\p{L}+/u.exec(text)?.[0].trim() ?? '';
}

// A line that holds the marking and nothing but decoration: "CONFIDENTIAL", "** Confidential **".
function standsAlone(context: MatchContext): boolean {
  return DECORATION.test(textBefore(context, 80)) && DECORATION.test(textAfter(context, 80));
}

// A short header or footer line split by separators, the marking one segment of it:
// "Acme Corp | Confidential | Page 3 of 12".
function isHeaderSegment(value: string, context: MatchContext): boolean {
  if (!/^\p{Lu}/u.test(value) || lineAround(context).length > 120) return false;

  const before = textBefore(context, 120);
  const after = textAfter(context, 120);
  const opens = before.trim() === '' || SEPARATOR.test(before.slice(-4));
  const closes = after.trim() === '' || /^\s*(?:[-–—|•·:]|\/\/)/u.test(after);
  return opens && closes && (before.trim() !== '' || after.trim() !== '');
}

// Words after which a shouted marking describes the text: "This memo is CONFIDENTIAL".
const DESCRIBING =
  /^(?:is|are|was|be|been|remains?|marked|labell?ed|classified|as|ist|sind|als|est|sont|comme|es|son|como|è|sono|come|zijn|é|são|strictly)$/iu;

// Shouted inside ordinary text: "This memo is CONFIDENTIAL and …", but neither a sentence all in
// capitals (a licence's disclaimer) nor a constant or flag name ("set the CONFIDENTIAL flag").
function isShouted(value: string, context: MatchContext): boolean {
  if (!isUpperCase(value)) return false;

  const before = textBefore(context, 40);
  const after = textAfter(context, 40);
  const previous = lastWord(before);
  if (isUpperCase(previous) || isUpperCase(firstWord(after))) return false;

  return DESCRIBING.test(previous) || /^\s*(?:[.,;:!)]|$)/u.test(after);
}

function isMarking(value: string, context: MatchContext): boolean {
  if (NEGATION.test(textBefore(context, 12))) return false;

  return standsAlone(context) || isHeaderSegment(value, context) || isShouted(value, context);
}

export const rules: readonly Rule[] = [
  {
    id: 'marking-banner',
    category: 'marking',
    severity: 'medium',
    title: 'Confidentiality marking',
    description: 'A document marked confidential, internal or proprietary, in a banner or header.',
    // Each phrase above holds one of these; "internal" or "copy" alone would send the pattern
    // into every code comment. None of them adds an "s" or "k" to what the phrase's shorter
    // keyword had, since the pattern's case folding also reads "ſ" as "s" and the automaton not.
    keywords: [
      'confiden',
      'proprietary',
      'internal u',
      'not distribut',
      'for distribut',
      'external distribut',
      'not forward',
      'not copy',
      'client privilege',
      'trade secret',
      'vertraulich',
      'gebrauch',
      'weitergeben',
      'restreinte',
      'age interne',
      'diffuser',
      'secret des',
      'uso interno',
      'distribuir',
      'divulgar',
      'secreto',
      'segredo',
      'riservato',
      'segreto',
      'vertrouwelijk',
      'intern gebruik',
      'verspreiden',
      'bedrijfsgeheim',
    ],
    // No phrase is longer than 64 characters, so a window that wide on either side of its
    // keyword holds the phrase and the characters the pattern looks at around it.
    window: { before: 64, after: 80 },
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${PHRASES.join('|')})(?![\\p{L}\\p{N}])`, 'dgiu'),
    validate: isMarking,
  },
];

export const examples: RuleExamples = {
  'marking-banner': {
    positive: [
      'CONFIDENTIAL\n\nBoard memo: Q3 results',
      'STRICTLY CONFIDENTIAL – board minutes',
      'Acme Corp | Internal Use Only | Page 2 of 9',
      'This memo is PRIVILEGED & CONFIDENTIAL and must not leave legal.',
      '*** STRENG VERTRAULICH ***',
      'Diffusion restreinte',
      'Este documento es CONFIDENCIAL y no debe circular.',
      'RISERVATO\nVerbale del consiglio',
      'Vertrouwelijk',
      'Apenas para uso interno',
      'TRADE SECRET',
    ],
    negative: [
      "Sure, I'll keep our chat confidential, see you Monday.",
      'Is this information confidential or can I share it?',
      'NOT CONFIDENTIAL',
      'THE SOFTWARE IS PROVIDED AS IS AND CONTAINS NO PROPRIETARY CODE OF OURS',
      'we use a proprietary format for backups',
      'Make sure to always set CONFIDENTIAL flag in Assuan.',
    ],
  },
};
