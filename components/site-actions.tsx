import type { Policy } from '@/utils/policy/schema';

import { useT } from './i18n';
import { ACTION_LABEL, CATEGORY_LABEL } from './labels';

/** What each kind of finding leads to on a monitored site, in plain words. */
export function SiteActions({ actions }: { readonly actions: Policy['actions'] }) {
  const t = useT();

  return (
    <dl className="site-actions">
      {(Object.keys(CATEGORY_LABEL) as (keyof typeof CATEGORY_LABEL)[]).map((category) => {
        const { low, high } = actions[category];
        return (
          <div key={category}>
            <dt>{t(CATEGORY_LABEL[category])}</dt>
            <dd>
              {t(ACTION_LABEL[high])}
              {low !== high && (
                <span className="lower"> · {t('popupLowerSeverity', t(ACTION_LABEL[low]))}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
