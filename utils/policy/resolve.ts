import { DEFAULT_POLICY } from './default-policy';
import { mergeRemote } from './merge-remote';
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
  /** The top-level fields the organization's policy server set. */
  readonly remoteFields: readonly string[];
  readonly problems: readonly PolicyProblem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns what managed storage holds, and the last good document from the organization's policy
 * server, into the policy in force: managed › remote › built-in default. Chrome answers `{}`
 * when IT set nothing; that, like `undefined`, means the built-in default.
 */
export function resolvePolicy(managed: unknown, remote?: unknown): ResolvedPolicy {
  if (!isRecord(managed) || Object.keys(managed).length === 0) {
    return {
      policy: DEFAULT_POLICY,
      source: 'default',
      managedFields: [],
      remoteFields: [],
      problems: [],
    };
  }

  const problems: PolicyProblem[] = [];
  const withVersion = 'version' in managed ? managed : { ...managed, version: 1 };
  const managedPolicy = repairValue(policySchema, withVersion, DEFAULT_POLICY, '', problems);
  const managedFields = Object.keys(managed).filter((key) => key in managedPolicy);
  const { policy, remoteFields } = mergeRemote(managedPolicy, managedFields, remote, problems);
  return { policy, source: 'managed', managedFields, remoteFields, problems };
}
