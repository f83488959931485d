import { rules as anthropic } from './rules/anthropic';
import { rules as aws } from './rules/aws';
import { rules as genericApiKey } from './rules/generic-api-key';
import { rules as github } from './rules/github';
import { rules as google } from './rules/google';
import { rules as iban } from './rules/iban';
import { rules as jwt } from './rules/jwt';
import { rules as openai } from './rules/openai';
import { rules as password } from './rules/password';
import { rules as privateKey } from './rules/private-key';
import { rules as slack } from './rules/slack';
import { rules as stripe } from './rules/stripe';
import type { Rule } from './types';

/**
 * Every rule, most specific first: when two findings overlap with equal severity and length,
 * the earlier rule wins, so broad rules (generic keys, passwords) come last.
 */
export const RULES: readonly Rule[] = [
  ...anthropic,
  ...openai,
  ...github,
  ...aws,
  ...google,
  ...slack,
  ...stripe,
  ...privateKey,
  ...jwt,
  ...iban,
  ...genericApiKey,
  ...password,
];

const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}
