import type { AuditEvent } from '@/utils/audit/event';
import type { ResolvedPolicy } from '@/utils/policy/resolve';

import { CheckText } from './check-text';
import { GuidanceSearch } from './guidance-search';
import { useT } from './i18n';
import { RecentWarnings } from './recent-warnings';
import { SiteActions } from './site-actions';
import { SiteStatus } from './site-status';
import type { SiteState } from './site-status';

export interface PopupAppProps {
  readonly resolved: ResolvedPolicy;
  readonly recentEvents: readonly AuditEvent[];
  /** False when the browser keeps the extension out of private windows. */
  readonly isAllowedIncognito: boolean;
  /** Set when the guidance came from the organization's policy server. */
  readonly guidanceSource?: { readonly host: string; readonly refreshedAt: string };
  readonly site: SiteState;
}

export function PopupApp(props: PopupAppProps) {
  const { resolved, recentEvents, isAllowedIncognito, guidanceSource, site } = props;
  const t = useT();
  const { policy, source } = resolved;
  const { organization } = policy;

  return (
    <main className="popup">
      <header>
        <h1>{t('extensionName')}</h1>
        <p className="organization">{organization.name}</p>
      </header>
      <p className={`policy-source ${source}`}>
        {source === 'managed' ? t('popupLocked', organization.name) : t('popupDefaultPolicy')}
      </p>
      {policy.incognito.warnIfNotAllowed && !isAllowedIncognito && (
        <p className="incognito-warning" role="alert">
          {t('popupIncognitoWarning', organization.name)}
        </p>
      )}
      <SiteStatus state={site} />
      {site.kind === 'monitored' && (
        <section aria-label={t('popupWhatHappens')}>
          <h2>{t('popupWhatHappens')}</h2>
          <SiteActions actions={policy.actions} />
        </section>
      )}
      <h2>{t('popupRecentHeading')}</h2>
      <RecentWarnings events={recentEvents} />
      <details className="check">
        <summary>{t('popupCheckHeading')}</summary>
        <CheckText policy={policy} />
      </details>
      <h2>{t('popupGuidanceHeading')}</h2>
      {guidanceSource && (
        <p className="guidance-source">
          {t('popupGuidanceSource', [
            guidanceSource.host,
            new Date(guidanceSource.refreshedAt).toLocaleString(),
          ])}
        </p>
      )}
      <GuidanceSearch sections={policy.guidance} />
      <footer>
        {t('popupContact', organization.contact)}
        {organization.helpUrl && (
          <>
            {' '}
            <a href={organization.helpUrl} target="_blank" rel="noreferrer noopener">
              {organization.helpUrl}
            </a>
          </>
        )}
      </footer>
    </main>
  );
}
