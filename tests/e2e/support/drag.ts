import type { Locator, Page } from '@playwright/test';

/** What a drag carries: strings by MIME type, and files by their path on this machine. */
export interface DragPayload {
  readonly items?: Readonly<Record<string, string>>;
  readonly files?: readonly string[];
}

/**
 * Drags `payload` from outside the page (another window, the file manager) and drops it on
 * the middle of `target`. Chromium's DevTools protocol feeds the drag through the browser's
 * own drag-and-drop code, so the page sees trusted `dragenter`, `dragover` and `drop` events,
 * as from a person; a `DataTransfer` built in the page would give untrusted ones, which the
 * guard rightly ignores.
 */
export async function dropOnto(page: Page, target: Locator, payload: DragPayload): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('The drop target is not visible');

  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 12);
  const data = {
    items: Object.entries(payload.items ?? {}).map(([mimeType, value]) => ({
      mimeType,
      data: value,
    })),
    files: [...(payload.files ?? [])],
    // Copy, move and link, like a drag from another application.
    dragOperationsMask: 7,
  };

  const cdp = await page.context().newCDPSession(page);
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
    }
  } finally {
    await cdp.detach();
  }
}
