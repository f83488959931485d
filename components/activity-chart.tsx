import type { Category } from '@/utils/detect/types';
import type { AuditEvent } from '@/utils/audit/event';
import { countBySite, summarizeByDay } from '@/utils/audit/summary';

import { useT } from './i18n';
import { CATEGORY_COLOR, CATEGORY_LABEL } from './labels';

const WIDTH = 600;
const HEIGHT = 140;
const BAR_GAP = 4;

/** Warnings per day for 30 days, stacked by kind of finding, and the sites they came from. */
export function ActivityChart({
  events,
  now,
}: {
  readonly events: readonly AuditEvent[];
  readonly now: Date;
}) {
  const t = useT();
  const days = summarizeByDay(events, now);
  const highest = Math.max(1, ...days.map((day) => day.total));
  const barWidth = WIDTH / days.length - BAR_GAP;
  const categories = Object.keys(CATEGORY_COLOR) as Category[];
  const sites = countBySite(
    events.filter(
      (event) => Date.parse(event.time) >= Date.parse(`${days[0]?.day ?? ''}T00:00:00Z`),
    ),
  );

  if (sites.length === 0) return <p>{t('optionsActivityEmpty')}</p>;

  return (
    <div className="activity">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('optionsChartLabel')}>
        {days.map((day, index) => {
          let top = HEIGHT;
          return (
            <g key={day.day}>
              <title>{`${day.day}: ${day.total}`}</title>
              {categories.map((category) => {
                const count = day.byCategory[category] ?? 0;
                const height = (count / highest) * (HEIGHT - 10);
                top -= height;
                return count === 0 ? null : (
                  <rect
                    key={category}
                    x={index * (barWidth + BAR_GAP)}
                    y={top}
                    width={barWidth}
                    height={height}
                    fill={CATEGORY_COLOR[category]}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {categories.map((category) => (
          <li key={category}>
            <span className="swatch" style={{ background: CATEGORY_COLOR[category] }} />
            {t(CATEGORY_LABEL[category])}
          </li>
        ))}
      </ul>
      <h3>{t('optionsActivityBySite')}</h3>
      <table className="by-site">
        <tbody>
          {sites.map(({ site, count }) => (
            <tr key={site}>
              <th scope="row">{site}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
