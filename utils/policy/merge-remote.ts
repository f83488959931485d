import { repairValue } from './repair';
import type { PolicyProblem } from './repair';
import { policySchema, remoteFieldSchema } from './schema';
import type { Policy, RemoteField } from './schema';

const REMOTE_PREFIX = 'remote document: ';

function isRemoteField(key: string): key is RemoteField {
  return remoteFieldSchema.safeParse(key).success;
}

/**
 * Lays the policy server's document over the managed policy. It may set only the fields the
 * managed policy's `remote.allow` lists, and never one IT set itself, so nothing the managed
 * policy fixed can be weakened from a web server. Each refusal is reported by field.
 */
export function mergeRemote(
  managed: Policy,
  managedFields: readonly string[],
  remote: unknown,
  problems: PolicyProblem[],
): { policy: Policy; remoteFields: string[] } {
  if (!managed.remote.url || typeof remote !== 'object' || remote === null) {
    return { policy: managed, remoteFields: [] };
  }

  const policy: Record<string, unknown> = { ...managed };
  const remoteFields: string[] = [];
  for (const [key, value] of Object.entries(remote)) {
    const path = `${REMOTE_PREFIX}${key}`;
    if (key === 'version') continue;
    if (!isRemoteField(key) || !managed.remote.allow.includes(key)) {
      problems.push({ path, message: 'not in remote.allow, ignored' });
      continue;
    }

    if (managedFields.includes(key)) {
      problems.push({ path, message: 'set by the managed policy, which wins' });
      continue;
    }

    const fieldProblems: PolicyProblem[] = [];
    const schema = policySchema.shape[key];
    policy[key] = repairValue(schema, value, managed[key], key, fieldProblems);
    problems.push(...fieldProblems.map((p) => ({ ...p, path: `${REMOTE_PREFIX}${p.path}` })));
    remoteFields.push(key);
  }

  return { policy: policy as Policy, remoteFields };
}
