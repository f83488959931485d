import type { ResolvedPolicy } from '@/utils/policy/resolve';
import type { Policy } from '@/utils/policy/schema';

import { useT } from './i18n';
import type { MessageKey } from './i18n';

type Origin = 'managed' | 'remote' | 'default';

const ORIGIN_LABEL: Record<Origin, MessageKey> = {
  managed: 'optionsFieldManaged',
  remote: 'optionsFieldRemote',
  default: 'optionsFieldDefault',
};

/** Collector credentials are the organization's secret, not the employee's business. */
function hideCredentials(policy: Policy): Policy {
  const headers = Object.fromEntries(
    Object.keys(policy.reporting.headers).map((name) => [name, '••••']),
  );
  return { ...policy, reporting: { ...policy.reporting, headers } };
}

/** Every policy field in force, each marked with where it came from. */
export function EffectivePolicy({ resolved }: { readonly resolved: ResolvedPolicy }) {
  const t = useT();
  const shown = hideCredentials(resolved.policy);
  const originOf = (field: string): Origin =>
    resolved.managedFields.includes(field)
      ? 'managed'
      : resolved.remoteFields.includes(field)
        ? 'remote'
        : 'default';

  return (
    <>
      {(Object.keys(shown) as (keyof Policy)[]).map((field) => (
        <details key={field} className="field">
          <summary>
            <code>{field}</code>{' '}
            <span className={`origin ${originOf(field)}`}>{t(ORIGIN_LABEL[originOf(field)])}</span>
          </summary>
          <pre>{JSON.stringify(shown[field], null, 2)}</pre>
        </details>
      ))}
    </>
  );
}
