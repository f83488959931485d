import type { Page } from '@playwright/test';

/** What one paste cost the page: time to the decision and the longest main-thread block. */
export interface PasteTiming {
  readonly decision: 'dialog' | 'landed' | 'timeout';
  readonly ms: number;
  readonly longestTaskMs: number;
}

interface ProbeWindow {
  __probe?: Promise<PasteTiming>;
  __editor?: { text(): string };
}

/**
 * Arms the page before a paste: from the Ctrl+V keydown (which the guard never holds) until
 * the warning is shown or the editor's own model holds `expectedLength` characters, and every
 * long task (> 50 ms) the page's main thread ran meanwhile.
 */
export async function armPasteProbe(page: Page, expectedLength: number): Promise<void> {
  await page.evaluate((length) => {
    const probeWindow = window as ProbeWindow;
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });

    probeWindow.__probe = new Promise((resolve) => {
      let started = 0;
      // The warning's element has a fresh name on every load: find it by its open shadow root.
      const isWarningShown = () =>
        [...document.documentElement.children].some((child) =>
          child.shadowRoot?.querySelector('[role="alertdialog"]'),
        );
      const finish = (decision: PasteTiming['decision']) => {
        const ms = performance.now() - started;
        // Long tasks are reported after they end: give the last one a moment to arrive.
        setTimeout(() => {
          observer.disconnect();
          resolve({ decision, ms, longestTaskMs: longest });
        }, 200);
      };
      const poll = () => {
        if (isWarningShown()) finish('dialog');
        else if ((probeWindow.__editor?.text().length ?? 0) >= length) finish('landed');
        else if (performance.now() - started > 30_000) finish('timeout');
        else setTimeout(poll, 1);
      };
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key.toLowerCase() !== 'v' || started !== 0) return;

          started = performance.now();
          setTimeout(poll, 0);
        },
        { capture: true },
      );
    });
  }, expectedLength);
}

export function readPasteProbe(page: Page): Promise<PasteTiming> {
  return page.evaluate(async () => {
    const probe = (window as ProbeWindow).__probe;
    if (!probe) throw new Error('armPasteProbe was not called');
    return probe;
  });
}

/** Milliseconds per key while typing `text` into the focused composer, and its longest task. */
export async function measureTyping(
  page: Page,
  text: string,
): Promise<{ perKeyMs: number; longestTaskMs: number }> {
  await page.evaluate(() => {
    const probeWindow = window as ProbeWindow & { __longest?: number };
    probeWindow.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probeWindow.__longest = Math.max(probeWindow.__longest ?? 0, entry.duration);
      }
    }).observe({ type: 'longtask' });
  });
  const started = performance.now();
  await page.keyboard.type(text);
  const perKeyMs = (performance.now() - started) / text.length;
  const longestTaskMs = await page.evaluate(
    () => (window as ProbeWindow & { __longest?: number }).__longest ?? 0,
  );
  return { perKeyMs, longestTaskMs };
}
