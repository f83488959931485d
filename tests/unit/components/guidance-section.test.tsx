// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';

import { GuidanceSection } from '@/components/guidance-section';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(body: string): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    createRoot(container).render(
      <GuidanceSection section={{ id: 'hostile', title: 'Hostile', body, tags: [] }} />,
    );
  });
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('GuidanceSection with hostile policy Markdown', () => {
  it('renders no raw HTML from the policy: no script, no image, no handler', () => {
    const container = render(
      'Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">bold</b>',
    );

    expect(container.querySelector('script, img, [onerror], [onclick], b')).toBeNull();
  });

  it('neutralises javascript: and data: links', () => {
    const container = render('[click](javascript:alert(1)) and [data](data:text/html,<script>)');

    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.every((href) => !/^(?:javascript|data):/i.test(href))).toBe(true);
  });

  it('keeps ordinary Markdown: emphasis, lists and https links opening in a new tab', () => {
    const container = render(
      '**Never** paste keys.\n\n- one\n- two\n\n[Help](https://help.example)',
    );

    expect(container.querySelector('strong')?.textContent).toBe('Never');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://help.example');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });
});
