import type { Finding } from '@/utils/detect/types';

import { useT } from './i18n';

interface FindingGroup {
  readonly rule: string;
  readonly title: string;
  readonly previews: string[];
}

function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.rule) ?? {
      rule: finding.rule,
      title: finding.title,
      previews: [],
    };
    group.previews.push(finding.preview);
    groups.set(finding.rule, group);
  }

  return [...groups.values()];
}

const PREVIEWS_SHOWN = 3;

/** Each kind of finding in plain words, with masked previews only. */
export function FindingList({ findings }: { readonly findings: readonly Finding[] }) {
  const t = useT();

  return (
    <ul className="findings">
      {groupByRule(findings).map((group) => (
        <li key={group.rule}>
          <strong>{group.title}</strong>
          {group.previews.length > 1 && (
            <span className="count"> {t('dialogFindingCount', String(group.previews.length))}</span>
          )}
          <span className="previews">
            {group.previews.slice(0, PREVIEWS_SHOWN).map((preview, index) => (
              <code key={index}>{preview}</code>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
