import { useId, useState } from 'react';

import { scanWithPolicy } from '@/utils/policy/scan-with-policy';
import type { Policy } from '@/utils/policy/schema';

import { FindingList } from './finding-list';
import { useT } from './i18n';

/** Lets a person check text with the same engine as the guard; nothing leaves the popup. */
export function CheckText({ policy }: { readonly policy: Policy }) {
  const t = useT();
  const inputId = useId();
  const [text, setText] = useState('');
  const findings = text ? scanWithPolicy(text, policy) : [];

  return (
    <div className="check-text">
      <label htmlFor={inputId}>{t('popupCheckLabel')}</label>
      <textarea
        id={inputId}
        rows={3}
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      {text && (
        <div role="status" className="check-result">
          {findings.length === 0 ? (
            <p>{t('popupCheckClean')}</p>
          ) : (
            <>
              <p>{t('popupCheckFound', String(findings.length))}</p>
              <FindingList findings={findings} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
