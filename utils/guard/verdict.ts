import { z } from 'zod';

import type { Finding } from '../detect/types';
import type { Action, Policy } from '../policy/schema';

const STRICTNESS: Record<Action, number> = { allow: 0, warn: 1, redact: 2, block: 3 };

/** The strictest of some actions; `allow` when there are none. */
export function strictest(actions: Iterable<Action>): Action {
  let verdict: Action = 'allow';
  for (const action of actions) {
    if (STRICTNESS[action] > STRICTNESS[verdict]) verdict = action;
  }

  return verdict;
}

/** The strictest action any finding calls for; `allow` when there are none. */
export function decideVerdict(findings: readonly Finding[], policy: Policy): Action {
  return strictest(findings.map((finding) => policy.actions[finding.category][finding.severity]));
}

/** The findings that made the verdict, so a person sees why, not every low-severity mention. */
export function findingsThatMatter(findings: readonly Finding[], policy: Policy): Finding[] {
  return findings.filter(
    (finding) => policy.actions[finding.category][finding.severity] !== 'allow',
  );
}

export const choiceSchema = z.enum(['cancel', 'redact', 'allow']);
export type Choice = z.infer<typeof choiceSchema>;

/** What the warning offers for a verdict. Cancel is always there. */
export function choicesFor(verdict: Action, policy: Policy): Choice[] {
  switch (verdict) {
    case 'allow':
      return ['allow'];
    case 'warn':
      return policy.override.allowed ? ['cancel', 'redact', 'allow'] : ['cancel', 'redact'];
    case 'redact':
      return ['cancel', 'redact'];
    case 'block':
      return ['cancel'];
  }
}

/** What the person decided in the warning, and why when the policy asks. */
export interface Decision {
  readonly choice: Choice;
  readonly reason?: string;
}

/** How text tries to leave the browser. */
export const channelSchema = z.enum(['paste', 'drop', 'upload', 'send']);
export type Channel = z.infer<typeof channelSchema>;

/** Everything the warning needs to show; never the text itself. */
export interface WarningRequest {
  readonly channel: Channel;
  readonly site: string;
  readonly verdict: Action;
  readonly findings: readonly Finding[];
  readonly choices: readonly Choice[];
  readonly requireReason: boolean;
  /** Files that could not be checked, by name, and why. */
  readonly unscannedFiles?: readonly UnscannedFile[];
}

export interface UnscannedFile {
  readonly name: string;
  readonly reason: 'too-large' | 'unreadable';
}
