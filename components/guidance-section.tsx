import Markdown from 'react-markdown';

import type { GuidanceSection as Section } from '@/utils/policy/schema';

/**
 * One guidance section. The Markdown comes from the policy, so raw HTML is dropped and links
 * pass react-markdown's URL filter, which neutralises `javascript:` and similar schemes.
 */
export function GuidanceSection({ section }: { readonly section: Section }) {
  return (
    <section className="guidance" aria-labelledby={`guidance-${section.id}`} id={section.id}>
      <h3 id={`guidance-${section.id}`}>{section.title}</h3>
      <Markdown
        skipHtml
        components={{
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noreferrer noopener">
              {children}
            </a>
          ),
        }}
      >
        {section.body}
      </Markdown>
    </section>
  );
}
