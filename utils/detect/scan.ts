import { maskValue } from './mask';
import { RULES } from './registry';
import type { Finding, Rule, ScanOptions } from './types';

const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;

interface Candidate {
  readonly finding: Finding;
  readonly order: number;
}

function hasKeyword(lowerText: string, rule: Rule): boolean {
  return rule.keywords.length === 0 || rule.keywords.some((word) => lowerText.includes(word));
}

// The reported span: the named group `value` (or `valueSomething`, see Rule.pattern) that took
// part in the match, else the whole match.
function findValueSpan(match: RegExpExecArray): readonly [number, number] {
  const groups = match.indices?.groups ?? {};
  for (const [name, span] of Object.entries<readonly [number, number] | undefined>(groups)) {
    if (name.startsWith('value') && span) return span;
  }

  return [match.index, match.index + match[0].length];
}

function* matchRule(rule: Rule, text: string): Generator<Finding> {
  // matchAll works on a copy of the pattern, so a shared rule's lastIndex is never disturbed. It
  // throws without `g`, and a policy's own rule must not break the paste handler over a flag.
  const { pattern } = rule;
  const globalPattern = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  for (const match of text.matchAll(globalPattern)) {
    const [start, end] = findValueSpan(match);
    if (start >= end) continue;

    const value = text.slice(start, end);
    if (rule.validate && !rule.validate(value, { text, start, end })) continue;

    yield {
      rule: rule.id,
      category: rule.category,
      severity: rule.severity,
      title: rule.title,
      start,
      end,
      preview: maskValue(value),
    };
  }
}

// Better first: higher severity, then the longer span, then the rule listed first.
function compareCandidates(a: Candidate, b: Candidate): number {
  const severity = SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity];
  const length = b.finding.end - b.finding.start - (a.finding.end - a.finding.start);
  return severity || length || a.order - b.order || a.finding.start - b.finding.start;
}

// Index of the first kept span that ends after `start`; kept spans never overlap, so sorting
// them by start also sorts them by end.
function findFirstEndingAfter(kept: readonly Finding[], start: number): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((kept[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }

  return low;
}

function removeOverlaps(candidates: Candidate[]): Finding[] {
  const kept: Finding[] = [];
  for (const { finding } of candidates.sort(compareCandidates)) {
    const index = findFirstEndingAfter(kept, finding.start);
    const next = kept[index];
    if (next && next.start < finding.end) continue;

    kept.splice(index, 0, finding);
  }

  return kept;
}

/** Finds the sensitive things in `text`, sorted by start, without overlaps. Pure and synchronous. */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const disabled = new Set(options.disabledRules ?? []);
  const lowerText = text.toLowerCase();
  const candidates: Candidate[] = [];
  // Extra rules come last, so a built-in rule wins a tie over the same span.
  [...RULES, ...(options.extraRules ?? [])].forEach((rule, order) => {
    if (disabled.has(rule.id) || !hasKeyword(lowerText, rule)) return;

    for (const finding of matchRule(rule, text)) {
      candidates.push({ finding, order });
    }
  });

  return removeOverlaps(candidates);
}
