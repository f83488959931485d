import { buildKeywordAutomaton, findKeywordHits } from './keyword-automaton';
import type { KeywordAutomaton } from './keyword-automaton';
import { maskValue } from './mask';
import { findMatches, toStickyCopy } from './pattern-copies';
import type { ContextKeyword, Finding, Rule } from './types';
import { findContextReach } from './validators/context';

const DEFAULT_WINDOW = { before: 64, after: 600 } as const;

/** Rules with their keywords compiled into one automaton, built once per rule list. */
export interface PreparedRules {
  readonly rules: readonly Rule[];
  readonly automaton: KeywordAutomaton;
  /** For each keyword id, the indexes of the rules that wait for it. */
  readonly rulesByKeyword: readonly (readonly number[])[];
  /** For each keyword id, the rules it is a context keyword of, with the edges it must stand at. */
  readonly contextRulesByKeyword: readonly (readonly ContextUse[])[];
}

interface ContextUse extends ContextKeyword {
  readonly index: number;
}

export function prepareRules(rules: readonly Rule[]): PreparedRules {
  const keywordIds = new Map<string, number>();
  const rulesByKeyword: number[][] = [];
  const contextRulesByKeyword: ContextUse[][] = [];
  const idOf = (keyword: string): number => {
    let id = keywordIds.get(keyword);
    if (id === undefined) {
      id = keywordIds.size;
      keywordIds.set(keyword, id);
      rulesByKeyword.push([]);
      contextRulesByKeyword.push([]);
    }

    return id;
  };
  rules.forEach((rule, index) => {
    for (const keyword of rule.keywords) rulesByKeyword[idOf(keyword)]?.push(index);
    for (const keyword of rule.context?.keywords ?? []) {
      contextRulesByKeyword[idOf(keyword.text)]?.push({ ...keyword, index });
    }
  });

  const automaton = buildKeywordAutomaton([...keywordIds.keys()]);
  return { rules, automaton, rulesByKeyword, contextRulesByKeyword };
}

// Per pattern, the names of its groups that start with `value`, in the order they are written:
// read once, not from every match.
const valueGroupNames = new WeakMap<RegExp, readonly string[]>();

// The reported span: the named group `value` (or `valueSomething`, see Rule.pattern) that took
// part in the match, else the whole match.
function findValueSpan(pattern: RegExp, match: RegExpExecArray): readonly [number, number] {
  const groups = match.indices?.groups;
  if (groups) {
    let names = valueGroupNames.get(pattern);
    if (!names) {
      names = Object.keys(groups).filter((name) => name.startsWith('value'));
      valueGroupNames.set(pattern, names);
    }

    for (const name of names) {
      const span = groups[name];
      if (span) return span;
    }
  }

  return [match.index, match.index + match[0].length];
}

/** The finding `match` (in a part of `text` that starts at `offset`) makes, if it validates. */
export function toFinding(
  rule: Rule,
  text: string,
  match: RegExpExecArray,
  offset: number,
): Finding | undefined {
  const [matchStart, matchEnd] = findValueSpan(rule.pattern, match);
  if (matchStart >= matchEnd) return undefined;

  const start = offset + matchStart;
  const end = offset + matchEnd;
  const value = text.slice(start, end);
  if (rule.validate && !rule.validate(value, { text, start, end })) return undefined;

  return {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    title: rule.title,
    start,
    end,
    preview: maskValue(value),
  };
}

/** The rule's findings in `text.slice(from, to)`, with offsets into the whole `text`. */
export function* matchRule(
  rule: Rule,
  text: string,
  from = 0,
  to = text.length,
): Generator<Finding> {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const match of findMatches(rule.pattern, part)) {
    const finding = toFinding(rule, text, match, from);
    if (finding) yield finding;
  }
}

/** Where each rule must be tried: at its keyword hits, or in windows around them. */
export interface RuleWork {
  /** Per rule index, the keyword hit positions where an anchored rule's match would start. */
  readonly starts: (number[] | undefined)[];
  /** Per rule index, merged `[from, to)` pairs for rules that declare a window. */
  readonly windows: (number[] | undefined)[];
  /** `[start, end)` of runs of base64 characters long enough to hide a key. */
  readonly base64Runs: number[];
  /**
   * Per rule index, `[from, to]` pairs (both included, not sorted) of where a match of a rule
   * with context words must start for its validator to see one of them (findContextReach).
   */
  readonly contextRanges: (number[] | undefined)[];
}

function addWindow(list: number[], from: number, to: number): void {
  // Hits arrive in order of their end, so only the last window can overlap the new one (a
  // longer keyword may start a little earlier, hence the minimum).
  const lastStart = list.at(-2);
  const lastEnd = list.at(-1);
  if (lastStart === undefined || lastEnd === undefined || from > lastEnd) {
    list.push(from, to);
    return;
  }

  list[list.length - 2] = Math.min(lastStart, from);
  list[list.length - 1] = Math.max(lastEnd, to);
}

/**
 * One pass of the keyword automaton, turned into the work each rule has to do; rules whose
 * index is marked in `skipped` get none.
 */
export function findRuleWork(
  prepared: PreparedRules,
  text: string,
  skipped: readonly boolean[] = [],
): RuleWork {
  const starts: (number[] | undefined)[] = [];
  const windows: (number[] | undefined)[] = [];
  const base64Runs: number[] = [];
  const contextRanges: (number[] | undefined)[] = [];
  const { rules, rulesByKeyword, contextRulesByKeyword } = prepared;
  const { lengths } = prepared.automaton;
  const onHit = (keywordId: number, start: number): void => {
    for (const use of contextRulesByKeyword[keywordId] ?? []) {
      const radius = rules[use.index]?.context?.radius;
      if (skipped[use.index] === true || radius === undefined) continue;

      const span = [start, start + (lengths[keywordId] ?? 0)] as const;
      findContextReach(text, use, span, radius, (contextRanges[use.index] ??= []));
    }

    for (const index of rulesByKeyword[keywordId] ?? []) {
      if (skipped[index] === true) continue;

      const rule = rules[index];
      if (rule?.anchored) {
        (starts[index] ??= []).push(start);
        continue;
      }

      const window = rule?.window ?? DEFAULT_WINDOW;
      const from = Math.max(0, start - window.before);
      addWindow((windows[index] ??= []), from, Math.min(text.length, start + window.after));
    }
  };
  findKeywordHits(prepared.automaton, text, onHit, base64Runs);
  return { starts, windows, base64Runs, contextRanges };
}

/**
 * The rule's findings that start exactly at one of `starts` (sorted). One anchored attempt per
 * keyword hit costs a few characters, however long the text.
 */
export function* matchRuleAt(
  rule: Rule,
  text: string,
  starts: readonly number[],
): Generator<Finding> {
  const sticky = toStickyCopy(rule.pattern);
  let coveredUntil = -1;
  for (const position of starts) {
    if (position < coveredUntil) continue;

    sticky.lastIndex = position;
    const match = sticky.exec(text);
    if (!match) continue;

    coveredUntil = position + match[0].length;
    const finding = toFinding(rule, text, match, 0);
    if (finding) yield finding;
  }
}
