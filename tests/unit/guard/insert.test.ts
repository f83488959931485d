import { describe, expect, it } from 'vitest';

import { toLineBreakHtml } from '@/utils/guard/insert';

describe('plain text as line-break HTML', () => {
  it('turns every kind of line break into one <br>', () => {
    expect(toLineBreakHtml('a\r\nb\rc\nd')).toBe('a<br>b<br>c<br>d');
  });

  it('escapes what HTML would read as markup', () => {
    expect(toLineBreakHtml('<b>&amp;</b>\n>')).toBe('&lt;b&gt;&amp;amp;&lt;/b&gt;<br>&gt;');
  });
});
