import { readFile } from 'node:fs/promises';

import { resolvePolicy } from '../../utils/policy/resolve';
import type { PolicyProblem } from '../../utils/policy/repair';
import type { Policy } from '../../utils/policy/schema';

export type PolicyFileResult =
  | { readonly ok: true; readonly policy: Policy; readonly problems: readonly PolicyProblem[] }
  | { readonly ok: false; readonly error: string };

/**
 * Reads a policy file the way the extension reads managed storage: bad fields are repaired to
 * their defaults one by one and reported by path; only unreadable JSON stops the run.
 */
export async function readPolicyFile(path: string): Promise<PolicyFileResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `cannot read policy ${path}: ${reason}` };
  }

  const { policy, problems } = resolvePolicy(parsed);
  return { ok: true, policy, problems };
}

/** One line per problem: `policy FILE: field.path: message`. */
export function formatPolicyProblems(path: string, problems: readonly PolicyProblem[]): string {
  return problems
    .map((problem) => `policy ${path}: ${problem.path || '(root)'}: ${problem.message}\n`)
    .join('');
}
