import type { Rule } from '../detect/types';
import type { Policy } from './schema';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Letters and digits of any script, so a term is matched as a whole word in every language.
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

function keywordRule(term: string, severity: Rule['severity']): Rule {
  const words = term.trim().split(/\s+/);
  // Any run of white space between the words, so a line break or double space does not hide it.
  const body = words.map(escapeRegExp).join('\\s+');
  return {
    id: 'policy-keyword',
    category: 'keyword',
    severity,
    title: 'Term your organization protects',
    description: 'A keyword listed in the organization policy.',
    keywords: [(words[0] ?? term).toLowerCase()],
    pattern: new RegExp(`${NOT_WORD_BEFORE}${body}${NOT_WORD_AFTER}`, 'giu'),
  };
}

function patternRule({ id, title, pattern, severity }: Policy['patterns'][number]): Rule {
  return {
    id: `policy-${id}`,
    category: 'keyword',
    severity,
    title,
    description: 'A pattern listed in the organization policy.',
    keywords: [],
    pattern: new RegExp(pattern, 'gu'),
  };
}

const cache = new WeakMap<Policy, readonly Rule[]>();

/**
 * The rules an organization adds through its policy: keywords and regular expressions. Built
 * once per policy object, because the guard scans on every paste.
 */
export function customRules(policy: Policy): readonly Rule[] {
  const cached = cache.get(policy);
  if (cached) return cached;

  const rules = [
    ...policy.keywords.map(({ term, severity }) => keywordRule(term, severity)),
    ...policy.patterns.map(patternRule),
  ];
  cache.set(policy, rules);
  return rules;
}
