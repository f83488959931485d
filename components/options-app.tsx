import type { AuditEvent } from '@/utils/audit/event';
import type { ResolvedPolicy } from '@/utils/policy/resolve';
import type { Preferences } from '@/utils/preferences';
import type { RemoteStatus as RemoteStatusValue } from '@/utils/remote-policy';

import { ActivityChart } from './activity-chart';
import { AuditExport } from './audit-export';
import { EffectivePolicy } from './effective-policy';
import { useT } from './i18n';
import { RemoteStatus } from './remote-status';

export interface OptionsAppProps {
  readonly resolved: ResolvedPolicy;
  readonly events: readonly AuditEvent[];
  readonly remoteStatus: RemoteStatusValue | undefined;
  readonly onRefreshRemote: () => void;
  readonly preferences: Preferences;
  readonly onPreferencesChange: (preferences: Preferences) => void;
}

export function OptionsApp(props: OptionsAppProps) {
  const { resolved, events, remoteStatus, onRefreshRemote, preferences, onPreferencesChange } =
    props;
  const t = useT();
  const { policy, source, problems } = resolved;

  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>

      <section aria-labelledby="source-heading">
        <h2 id="source-heading">{t('optionsSourceHeading')}</h2>
        <p className={`policy-source ${source}`}>
          {source === 'managed'
            ? t('optionsSourceManaged', policy.organization.name)
            : t('optionsSourceDefault')}
        </p>
      </section>

      <section aria-labelledby="remote-heading">
        <h2 id="remote-heading">{t('optionsRemoteHeading')}</h2>
        <RemoteStatus resolved={resolved} status={remoteStatus} onRefresh={onRefreshRemote} />
      </section>

      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">{t('optionsProblemsHeading')}</h2>
        {problems.length === 0 ? (
          <p>{t('optionsProblemsNone')}</p>
        ) : (
          <>
            <p>{t('optionsProblemsIntro', policy.organization.contact)}</p>
            <ul className="problems">
              {problems.map((problem) => (
                <li key={`${problem.path}:${problem.message}`}>
                  <code>{problem.path}</code>: {problem.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">{t('optionsActivityHeading')}</h2>
        <ActivityChart events={events} now={new Date()} />
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('optionsExportHeading')}</h2>
        <AuditExport events={events} />
      </section>

      <section aria-labelledby="effective-heading">
        <h2 id="effective-heading">{t('optionsEffectiveHeading')}</h2>
        <EffectivePolicy resolved={resolved} />
      </section>

      <section aria-labelledby="preferences-heading">
        <h2 id="preferences-heading">{t('optionsPreferencesHeading')}</h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={preferences.debugLogging}
            onChange={(event) => {
              onPreferencesChange({ ...preferences, debugLogging: event.target.checked });
            }}
          />
          {t('optionsDebugLabel')}
        </label>
      </section>
    </main>
  );
}
