import type { AuditEvent } from '@/utils/audit/event';

import { useT } from './i18n';
import { CATEGORY_LABEL, CHANNEL_LABEL, outcomeLabel } from './labels';

const SHOWN = 5;

/** The last few decisions on this device: when, where, what kind, and what happened. */
export function RecentWarnings({ events }: { readonly events: readonly AuditEvent[] }) {
  const t = useT();
  const recent = events.slice(-SHOWN).reverse();
  if (recent.length === 0) return <p className="empty">{t('popupRecentNone')}</p>;

  return (
    <ul className="recent">
      {recent.map((event) => (
        <li key={event.id}>
          <time dateTime={event.time}>
            {new Date(event.time).toLocaleString(undefined, {
              dateStyle: 'short',
              timeStyle: 'short',
            })}
          </time>{' '}
          <strong>{event.site}</strong> · {t(CHANNEL_LABEL[event.channel])} ·{' '}
          {event.categories.map((category) => t(CATEGORY_LABEL[category])).join(', ')} ·{' '}
          {t(outcomeLabel(event))}
        </li>
      ))}
    </ul>
  );
}
