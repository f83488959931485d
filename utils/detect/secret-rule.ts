import type { MatchContext, Rule, RuleWindow, Severity } from './types';
import { computeEntropy } from './validators/entropy';
import { isKnownExample } from './validators/known-examples';
import { isPlaceholder } from './validators/placeholder';

/** What a provider's token rule needs to say; everything else has a sensible default. */
export interface SecretRuleSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly rotationUrl?: string;
  readonly severity?: Severity;
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
  /**
   * Words one of which must occur shortly before the value. Formats without a prefix (32 hex
   * characters) are everywhere; next to `MISTRAL_API_KEY=` they are a key.
   */
  readonly context?: readonly string[];
  /** Bits per character the value must reach; prefixes lower it, so the default is modest. */
  readonly minEntropy?: number;
  readonly window?: RuleWindow;
  readonly validate?: (value: string, context: MatchContext) => boolean;
}

const CONTEXT_REACH = 100;
const DEFAULT_MIN_ENTROPY = 3;

/** Whether one of `words` occurs in the `reach` characters before the match. */
export function hasContextBefore(
  { text, start }: MatchContext,
  words: readonly string[],
  reach = CONTEXT_REACH,
): boolean {
  const before = text.slice(Math.max(0, start - reach), start).toLowerCase();
  return words.some((word) => before.includes(word));
}

/** A secret rule with the shared checks: no placeholder, no documented example, random enough. */
export function defineSecretRule(spec: SecretRuleSpec): Rule {
  const { context, validate } = spec;
  const minEntropy = spec.minEntropy ?? DEFAULT_MIN_ENTROPY;
  // A value without a prefix is only found near its context word, so the scan can skip the rest.
  const window = spec.window ?? (context ? { before: 0, after: CONTEXT_REACH + 200 } : undefined);
  return {
    id: spec.id,
    category: 'secret',
    severity: spec.severity ?? 'high',
    title: spec.title,
    description: spec.description,
    ...(spec.rotationUrl === undefined ? {} : { rotationUrl: spec.rotationUrl }),
    keywords: spec.keywords,
    pattern: spec.pattern,
    // Without a window or a context word the pattern starts with the keyword: a token prefix.
    ...(window === undefined ? { anchored: true } : { window }),
    validate: (value, match) =>
      !isPlaceholder(value) &&
      !isKnownExample(value) &&
      computeEntropy(value) >= minEntropy &&
      (context === undefined || hasContextBefore(match, context)) &&
      (validate === undefined || validate(value, match)),
  };
}
