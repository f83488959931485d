import { useT } from './i18n';

export type SiteState =
  | { readonly kind: 'monitored'; readonly host: string }
  | { readonly kind: 'not-monitored' }
  | { readonly kind: 'unknown' };

/** Whether the tab the popup was opened on is an AI tool the guard watches. */
export function SiteStatus({ state }: { readonly state: SiteState }) {
  const t = useT();
  const text =
    state.kind === 'monitored'
      ? t('popupSiteMonitored', state.host)
      : state.kind === 'not-monitored'
        ? t('popupSiteNotMonitored')
        : t('popupSiteUnknown');

  return (
    <p className={`site-status ${state.kind}`} role="status">
      <span className="dot" aria-hidden="true" />
      {text}
    </p>
  );
}
