import { describe, expect, it } from 'vitest';

import {
  hasOpaqueOrigin,
  opaqueCreatorHref,
  refineWithTabAddress,
} from '@/utils/guard/opaque-frame';

/** The parts of a frame's window that the guard reads, as Chromium or Firefox fills them in. */
function frameWindow(options: { origin: string; ancestors?: string[]; referrer?: string }): Window {
  const location = options.ancestors ? { ancestorOrigins: options.ancestors } : {};
  const document = { referrer: options.referrer ?? '' };
  return { origin: options.origin, location, document } as unknown as Window;
}

describe('the address of a frame with an opaque origin', () => {
  it('tells an opaque origin from a real one', () => {
    expect(hasOpaqueOrigin(frameWindow({ origin: 'null' }))).toBe(true);
    expect(hasOpaqueOrigin(frameWindow({ origin: 'https://chatgpt.com' }))).toBe(false);
  });

  it('is the creator page the referrer names, when it is on the parent origin', () => {
    const view = frameWindow({
      origin: 'null',
      ancestors: ['https://github.com'],
      referrer: 'https://github.com/copilot/c/42',
    });

    expect(opaqueCreatorHref(view)).toBe('https://github.com/copilot/c/42');
  });

  it('is the parent origin when the page withheld the referrer or it names another site', () => {
    const withheld = frameWindow({ origin: 'null', ancestors: ['https://chatgpt.com'] });
    const elsewhere = frameWindow({
      origin: 'null',
      ancestors: ['https://chatgpt.com'],
      referrer: 'https://chatgpt.com.evil.example/',
    });

    expect(opaqueCreatorHref(withheld)).toBe('https://chatgpt.com/');
    expect(opaqueCreatorHref(elsewhere)).toBe('https://chatgpt.com/');
  });

  it('skips opaque ancestors to the nearest real origin', () => {
    const nested = frameWindow({ origin: 'null', ancestors: ['null', 'https://claude.ai'] });

    expect(opaqueCreatorHref(nested)).toBe('https://claude.ai/');
  });

  it('is unknown where the browser does not list ancestors (Firefox) or all are opaque', () => {
    expect(opaqueCreatorHref(frameWindow({ origin: 'null' }))).toBeUndefined();
    expect(opaqueCreatorHref(frameWindow({ origin: 'null', ancestors: ['null'] }))).toBeUndefined();
  });
});

describe('the tab address an opaque-origin frame may be judged by instead', () => {
  it('is taken when the frame knew only the origin and the tab is on it', () => {
    expect(refineWithTabAddress('https://github.com/', 'https://github.com/copilot/c/7')).toBe(
      'https://github.com/copilot/c/7',
    );
  });

  it('is not taken when the referrer named the page, or the tab is elsewhere', () => {
    expect(
      refineWithTabAddress('https://github.com/settings', 'https://github.com/copilot'),
    ).toBeUndefined();
    expect(
      refineWithTabAddress('https://github.com/', 'https://evil.example/copilot'),
    ).toBeUndefined();
    expect(refineWithTabAddress('https://github.com/', '')).toBeUndefined();
  });
});
