import type { Policy } from '@/utils/policy/schema';

import { GuidanceSearch } from './guidance-search';
import { useT } from './i18n';
import { SiteStatus } from './site-status';
import type { SiteState } from './site-status';

export interface PopupAppProps {
  readonly policy: Policy;
  readonly site: SiteState;
}

export function PopupApp({ policy, site }: PopupAppProps) {
  const t = useT();

  return (
    <main className="popup">
      <header>
        <h1>{t('extensionName')}</h1>
        <p className="organization">{policy.organization.name}</p>
      </header>
      <SiteStatus state={site} />
      <h2>{t('popupGuidanceHeading')}</h2>
      <GuidanceSearch sections={policy.guidance} />
      <footer>
        {t('popupContact', policy.organization.contact)}
        {policy.organization.helpUrl && (
          <>
            {' '}
            <a href={policy.organization.helpUrl} target="_blank" rel="noreferrer noopener">
              {policy.organization.helpUrl}
            </a>
          </>
        )}
      </footer>
    </main>
  );
}
