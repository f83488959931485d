import { z } from 'zod';

export const categorySchema = z.enum(['secret', 'pii', 'marking', 'keyword', 'fingerprint']);
export type Category = z.infer<typeof categorySchema>;

export const severitySchema = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof severitySchema>;

/** Where a match was found, handed to a rule's validator so it can look at the context. */
export interface MatchContext {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** How far around a keyword hit a rule's pattern can reach, in characters. */
export interface RuleWindow {
  readonly before: number;
  readonly after: number;
}

/**
 * A string every match of a rule's context words contains. Where the word pattern demands a word
 * boundary (`\b`) at the string's start or end, so does the scan, which then skips the string
 * inside longer words ("tin" in "setting").
 */
export interface ContextKeyword {
  readonly text: string;
  readonly startsWord?: boolean;
  readonly endsWord?: boolean;
}

/** The words a validator wants near a match, and how far it looks for them (hasRuleContext). */
export interface RuleContext {
  /** Case-insensitive, without flags. */
  readonly words: RegExp;
  /** How many characters before the match, on its line, a word may start. */
  readonly radius: number;
  /** Lower case; every match of `words` contains one of them at the edges they name. */
  readonly keywords: readonly ContextKeyword[];
}

/**
 * One kind of sensitive thing. The pattern must be global (`g`) and sticky-free; when it has a
 * named group `value`, only that group is reported (and redacted), the rest is context.
 * Alternatives that each need their own value group name them `value` plus a suffix
 * (`valueQuoted`), because duplicate group names need ES2025; the one that matched is reported.
 */
export interface Rule {
  readonly id: string;
  readonly category: Category;
  readonly severity: Severity;
  /** The kind in plain words, as a person reads it in the warning: "GitHub token". */
  readonly title: string;
  readonly description: string;
  /** Where the provider explains how to revoke or rotate the key. */
  readonly rotationUrl?: string;
  /** Lower-case strings one of which must occur in the text for the pattern to run at all. */
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
  /**
   * Where the pattern can match relative to a keyword hit; the scan runs the pattern only there.
   * Without it: 64 characters before a hit to 600 after.
   */
  readonly window?: RuleWindow;
  /**
   * The match always starts exactly at a keyword hit (a token's own prefix), so the scan tries
   * the pattern anchored there, once per hit, instead of searching a window.
   */
  readonly anchored?: boolean;
  /**
   * For a rule without keywords whose validator accepts a match only where
   * `hasRuleContext(match, context)` does: the scan runs the pattern only on the lines where a
   * context word could be in reach (see findContextReach). Such a pattern must not match a line
   * break, nor use `^` or `$`, so that one line read alone yields the matches the whole text
   * would (a test checks this).
   */
  readonly context?: RuleContext;
  readonly validate?: (value: string, context: MatchContext) => boolean;
}

/** A rule's hit. It never carries the matched value: only its span and a masked preview. */
export interface Finding {
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly preview: string;
}

/** What the scan needs from the policy; a full policy satisfies it. */
export interface ScanOptions {
  readonly disabledRules?: readonly string[];
  /** Rules to run after the built-in ones, such as the organization's own keywords. */
  readonly extraRules?: readonly Rule[];
}

/** Texts a rule must find and texts it must leave alone; every rule file exports these. */
export type RuleExamples = Readonly<
  Record<string, { readonly positive: readonly string[]; readonly negative: readonly string[] }>
>;
