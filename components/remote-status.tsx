import type { ResolvedPolicy } from '@/utils/policy/resolve';
import type { RemoteStatus as Status } from '@/utils/remote-policy';

import { useT } from './i18n';

export interface RemoteStatusProps {
  readonly resolved: ResolvedPolicy;
  readonly status: Status | undefined;
  readonly onRefresh: () => void;
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString();
}

/** Where the policy server's part of the policy came from, when, and the last failure. */
export function RemoteStatus({ resolved, status, onRefresh }: RemoteStatusProps) {
  const t = useT();
  const { url } = resolved.policy.remote;
  if (!url) return <p>{t('optionsRemoteNone')}</p>;

  const fields = resolved.remoteFields.join(', ');
  return (
    <div className="remote-status">
      <p>{fields ? t('optionsRemoteFrom', [fields, url]) : t('optionsRemoteNothing', url)}</p>
      {status?.lastSuccess && (
        <p>{t('optionsRemoteLastSuccess', formatTime(status.lastSuccess))}</p>
      )}
      {status?.error && (
        <p className="remote-error" role="alert">
          {t('optionsRemoteError', [formatTime(status.error.time), status.error.cause])}
        </p>
      )}
      <button type="button" onClick={onRefresh}>
        {t('optionsRemoteRefresh')}
      </button>
    </div>
  );
}
