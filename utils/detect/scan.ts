import { findBase64Variants } from './normalize-base64';
import { findTextVariants } from './normalize';
import { selectNonOverlapping } from './overlaps';
import type { TextVariant } from './normalize';
import { RULES } from './registry';
import { matchRuleInLines } from './scan-context';
import { findRuleWork, matchRule, matchRuleAt, prepareRules } from './scan-rules';
import type { Finding, Rule, ScanOptions } from './types';

const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;

interface Candidate {
  readonly finding: Finding;
  readonly order: number;
}

const BUILT_IN = prepareRules(RULES);

function hasKeyword(lowerText: string, rule: Rule): boolean {
  return rule.keywords.length === 0 || rule.keywords.some((word) => lowerText.includes(word));
}

// Built-in rules run only near their keyword hits (one pass finds them all); a policy's own rules
// are few, so they keep the simple prefilter and read the whole text.
// `found.base64Runs` receives the base64 runs the same pass saw (no spread: there may be many).
function collectCandidates(
  text: string,
  options: ScanOptions,
  found?: { base64Runs: readonly number[] },
): Candidate[] {
  const disabled = new Set(options.disabledRules ?? []);
  const candidates: Candidate[] = [];
  const skipped = BUILT_IN.rules.map((rule) => disabled.has(rule.id));
  const work = findRuleWork(BUILT_IN, text, skipped);
  const { starts, windows, base64Runs: runs } = work;
  if (found) found.base64Runs = runs;
  BUILT_IN.rules.forEach((rule, order) => {
    if (skipped[order] === true) return;

    const push = (finding: Finding): void => {
      candidates.push({ finding, order });
    };
    if (rule.context) {
      for (const finding of matchRuleInLines(rule, text, work.contextRanges[order] ?? [])) {
        push(finding);
      }

      return;
    }

    if (rule.keywords.length === 0) {
      for (const finding of matchRule(rule, text)) push(finding);
      return;
    }

    for (const finding of matchRuleAt(rule, text, starts[order] ?? [])) push(finding);
    const list = windows[order] ?? [];
    for (let i = 0; i + 1 < list.length; i += 2) {
      for (const finding of matchRule(rule, text, list[i], list[i + 1])) push(finding);
    }
  });

  const extraRules = options.extraRules ?? [];
  if (extraRules.length === 0) return candidates;

  // Extra rules come last, so a built-in rule wins a tie over the same span.
  const lowerText = text.toLowerCase();
  extraRules.forEach((rule, index) => {
    if (disabled.has(rule.id) || !hasKeyword(lowerText, rule)) return;

    for (const finding of matchRule(rule, text)) {
      candidates.push({ finding, order: BUILT_IN.rules.length + index });
    }
  });

  return candidates;
}

// Findings in a rewritten copy count only where the rewrite changed something; elsewhere the
// original text already said all there is.
function collectFromVariant(variant: TextVariant, options: ScanOptions): Candidate[] {
  return collectCandidates(variant.text, options).flatMap(({ finding, order }) => {
    if (!variant.isRewritten(finding.start, finding.end)) return [];

    const [start, end] = variant.toOriginal(finding.start, finding.end);
    return [{ finding: { ...finding, start, end }, order }];
  });
}

// Better first: higher severity, then the longer span, then the rule listed first.
function compareCandidates(a: Candidate, b: Candidate): number {
  const severity = SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity];
  const length = b.finding.end - b.finding.start - (a.finding.end - a.finding.start);
  return severity || length || a.order - b.order || a.finding.start - b.finding.start;
}

function removeOverlaps(candidates: Candidate[]): Finding[] {
  return selectNonOverlapping(candidates.sort(compareCandidates).map(({ finding }) => finding));
}

/** Finds the sensitive things in `text`, sorted by start, without overlaps. Pure and synchronous. */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const found = { base64Runs: [] as readonly number[] };
  const candidates = collectCandidates(text, options, found);
  for (const variant of findTextVariants(text)) {
    candidates.push(...collectFromVariant(variant, options));
  }

  // Base64 that already is (part of) a finding, such as a JWT, is not decoded again. Runs come
  // in order, so one pointer through the sorted findings answers each question.
  const spans = candidates.map(({ finding }) => finding).sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  const isFound = (start: number, end: number): boolean => {
    while (next < spans.length && (spans[next]?.start ?? 0) < end) {
      reach = Math.max(reach, spans[next]?.end ?? 0);
      next++;
    }

    return reach > start;
  };
  for (const variant of findBase64Variants(text, found.base64Runs, isFound)) {
    candidates.push(...collectFromVariant(variant, options));
  }

  return removeOverlaps(candidates);
}
