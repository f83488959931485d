import type { AuditEvent } from '@/utils/audit/event';
import type { ResolvedPolicy } from '@/utils/policy/resolve';
import type { Policy } from '@/utils/policy/schema';
import type { Preferences } from '@/utils/preferences';

import { ActivityChart } from './activity-chart';
import { AuditExport } from './audit-export';
import { useT } from './i18n';

export interface OptionsAppProps {
  readonly resolved: ResolvedPolicy;
  readonly events: readonly AuditEvent[];
  readonly preferences: Preferences;
  readonly onPreferencesChange: (preferences: Preferences) => void;
}

/** Collector credentials are the organization's secret, not the employee's business. */
function hideCredentials(policy: Policy): Policy {
  const headers = Object.fromEntries(
    Object.keys(policy.reporting.headers).map((name) => [name, '••••']),
  );
  return { ...policy, reporting: { ...policy.reporting, headers } };
}

export function OptionsApp({
  resolved,
  events,
  preferences,
  onPreferencesChange,
}: OptionsAppProps) {
  const t = useT();
  const { policy, source, managedFields, problems } = resolved;
  const shown = hideCredentials(policy);

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
        {(Object.keys(shown) as (keyof Policy)[]).map((field) => (
          <details key={field} className="field">
            <summary>
              <code>{field}</code>{' '}
              <span className={`origin ${managedFields.includes(field) ? 'managed' : 'default'}`}>
                {managedFields.includes(field)
                  ? t('optionsFieldManaged')
                  : t('optionsFieldDefault')}
              </span>
            </summary>
            <pre>{JSON.stringify(shown[field], null, 2)}</pre>
          </details>
        ))}
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
