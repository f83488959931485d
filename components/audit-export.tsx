import type { AuditEvent } from '@/utils/audit/event';
import { toCsv, toJson } from '@/utils/audit/export';

import { useT } from './i18n';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** Exports the on-device audit log for the security team. */
export function AuditExport({ events }: { readonly events: readonly AuditEvent[] }) {
  const t = useT();
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <div className="audit-export">
      <p>{t('optionsExportIntro', String(events.length))}</p>
      <button
        type="button"
        onClick={() => {
          download(`ai-paste-guard-audit-${stamp}.csv`, 'text/csv', toCsv(events));
        }}
      >
        {t('optionsExportCsv')}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          download(`ai-paste-guard-audit-${stamp}.json`, 'application/json', toJson(events));
        }}
      >
        {t('optionsExportJson')}
      </button>
    </div>
  );
}
