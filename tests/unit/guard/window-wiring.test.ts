// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

import { isWindowWired, wireWindow } from '@/utils/guard/window-wiring';

describe('window wiring', () => {
  it('answers the probe only while the guard listens, and lets go on abort', () => {
    const controller = new AbortController();
    const onPaste = vi.fn();
    expect(isWindowWired(window)).toBe(false);

    wireWindow(window, [['paste', onPaste]], controller.signal);
    expect(isWindowWired(window)).toBe(true);
    window.dispatchEvent(new Event('paste'));
    expect(onPaste).toHaveBeenCalledTimes(1);

    controller.abort();
    expect(isWindowWired(window)).toBe(false);
    window.dispatchEvent(new Event('paste'));
    expect(onPaste).toHaveBeenCalledTimes(1);
  });

  it('listens in the capture phase, before the page’s handlers on its elements', () => {
    const controller = new AbortController();
    const order: string[] = [];
    const textarea = document.body.appendChild(document.createElement('textarea'));
    textarea.addEventListener('paste', () => order.push('page'));
    wireWindow(window, [['paste', () => order.push('guard')]], controller.signal);

    textarea.dispatchEvent(new Event('paste', { bubbles: true }));

    expect(order).toEqual(['guard', 'page']);
    controller.abort();
    textarea.remove();
  });

  it('cannot be told "wired" by a page listener that merely sees the probe', () => {
    const cancel = (event: Event) => {
      event.preventDefault();
    };
    window.addEventListener('ai-paste-guard-probe', cancel, true);

    expect(isWindowWired(window)).toBe(false);
    window.removeEventListener('ai-paste-guard-probe', cancel, true);
  });
});
