import { useId, useState } from 'react';

import { searchGuidance } from '@/utils/policy/guidance-search';
import type { GuidanceSection as Section } from '@/utils/policy/schema';

import { GuidanceSection } from './guidance-section';
import { useT } from './i18n';

/** The policy's guidance with a search box that narrows it as the person types. */
export function GuidanceSearch({ sections }: { readonly sections: readonly Section[] }) {
  const t = useT();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const results = searchGuidance(sections, query);

  return (
    <div className="guidance-search">
      <label htmlFor={inputId}>{t('popupSearchLabel')}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={t('popupSearchPlaceholder')}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
      />
      <div role="region" aria-live="polite" aria-label={t('popupGuidanceHeading')}>
        {results.length === 0 ? (
          <p className="empty">{t('popupNoResults', query)}</p>
        ) : (
          results.map((section) => <GuidanceSection key={section.id} section={section} />)
        )}
      </div>
    </div>
  );
}
