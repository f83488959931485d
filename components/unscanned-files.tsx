import type { UnscannedFile } from '@/utils/guard/verdict';

import { useT } from './i18n';

/** Files the guard could not check, by name, so the person knows what they are letting go. */
export function UnscannedFiles({ files }: { readonly files: readonly UnscannedFile[] }) {
  const t = useT();
  if (files.length === 0) return null;

  return (
    <ul className="findings unscanned">
      {files.map((file, index) => (
        <li key={`${file.name}-${index}`}>
          <strong>{file.name}</strong>{' '}
          {t(file.reason === 'too-large' ? 'dialogFileTooLarge' : 'dialogFileUnreadable')}
        </li>
      ))}
    </ul>
  );
}
