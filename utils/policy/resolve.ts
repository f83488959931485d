import { DEFAULT_POLICY } from './default-policy';
import { repairValue } from './repair';
import type { PolicyProblem } from './repair';
import { policySchema } from './schema';
import type { Policy } from './schema';

export type PolicySource = 'managed' | 'default';

export interface ResolvedPolicy {
  readonly policy: Policy;
  readonly source: PolicySource;
  /** The top-level fields IT set; the rest come from the built-in default. */
  readonly managedFields: readonly string[];
  readonly problems: readonly PolicyProblem[];
}

/**
 * Turns what managed storage holds into the policy in force. Chrome answers `{}` when IT set
 * nothing; that, like `undefined`, means the built-in default.
 */
export function resolvePolicy(managed: unknown): ResolvedPolicy {
  const isEmpty =
    managed === undefined ||
    managed === null ||
    (typeof managed === 'object' && Object.keys(managed).length === 0);
  if (isEmpty)
    return { policy: DEFAULT_POLICY, source: 'default', managedFields: [], problems: [] };

  const problems: PolicyProblem[] = [];
  const withVersion =
    typeof managed === 'object' && !('version' in managed) ? { ...managed, version: 1 } : managed;
  const policy = repairValue(policySchema, withVersion, DEFAULT_POLICY, '', problems);
  const managedFields =
    typeof managed === 'object' ? Object.keys(managed).filter((key) => key in policy) : [];
  return { policy, source: 'managed', managedFields, problems };
}
