// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

import {
  askParentToAdopt,
  guardWindowTree,
  isInheritedDocument,
} from '@/utils/guard/frame-adoption';
import { isWindowWired } from '@/utils/guard/window-wiring';

describe('frame adoption', () => {
  it('leaves about:blank and about:srcdoc documents to the document that made them', () => {
    expect(isInheritedDocument(new URL('about:blank'))).toBe(true);
    expect(isInheritedDocument(new URL('about:srcdoc'))).toBe(true);
    expect(isInheritedDocument(new URL('https://chatgpt.com/'))).toBe(false);
  });

  it('has no parent to ask in a top-level window, so the guard there runs on its own', () => {
    expect(askParentToAdopt()).toBe(false);
  });

  it('wires a window once, however many guards try', () => {
    const first = new AbortController();
    const second = new AbortController();
    const firstPaste = vi.fn();
    const secondPaste = vi.fn();

    guardWindowTree(window, [['paste', firstPaste]], first.signal);
    guardWindowTree(window, [['paste', secondPaste]], second.signal);
    window.dispatchEvent(new Event('paste'));

    expect(firstPaste).toHaveBeenCalledTimes(1);
    expect(secondPaste).not.toHaveBeenCalled();
    first.abort();
    second.abort();
  });

  it('lets a new guard take over once the old one is invalidated', () => {
    const old = new AbortController();
    const renewed = new AbortController();
    const onPaste = vi.fn();

    guardWindowTree(window, [], old.signal);
    old.abort();
    expect(isWindowWired(window)).toBe(false);
    guardWindowTree(window, [['paste', onPaste]], renewed.signal);
    window.dispatchEvent(new Event('paste'));

    expect(onPaste).toHaveBeenCalledTimes(1);
    renewed.abort();
  });

  it('ignores an adoption request that names no frame of the window', () => {
    const controller = new AbortController();
    guardWindowTree(window, [], controller.signal);

    expect(() =>
      window.dispatchEvent(new CustomEvent('ai-paste-guard-adopt', { detail: { parent: null } })),
    ).not.toThrow();
    window.dispatchEvent(new CustomEvent('ai-paste-guard-adopt', { detail: null }));
    controller.abort();
  });
});
