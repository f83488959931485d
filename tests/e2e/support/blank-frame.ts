import type { Frame, Page } from '@playwright/test';

export interface BlankFrameOptions {
  /** The frame's id and name; `frameNamed()` finds it by that name, also in a closed shadow. */
  readonly name: string;
  /** What the page script writes into the frame's body. */
  readonly markup: string;
  /** The name of a blank frame to build this one in, instead of the top document. */
  readonly parent?: string;
  /** Build the frame inside a shadow root of this mode. */
  readonly shadow?: ShadowRootMode;
  /** Right after building it, the page stops every paste on the frame's window, as it can. */
  readonly swallowPastes?: boolean;
}

interface CountingWindow extends Window {
  __pastes?: { seen: number; prevented: number };
}

/**
 * Builds an iframe without a `src` the way a page script does, and fills its initial
 * about:blank document, all in one task. The frame counts the paste events that reach its own
 * listeners (the site's editor code), and how many of them came cancelled.
 */
export async function buildBlankFrame(page: Page, options: BlankFrameOptions): Promise<void> {
  await page.evaluate(({ name, markup, parent, shadow, swallowPastes }) => {
    const frameByName = (frameName: string) =>
      Array.from({ length: window.length }, (_, index) => window[index]).find(
        (child) => child?.name === frameName,
      );
    const parentDocument = parent ? frameByName(parent)?.document : document;
    if (!parentDocument) throw new Error(`No frame named ${parent ?? ''} to build in`);

    const frame = parentDocument.createElement('iframe');
    frame.id = name;
    frame.name = name;
    if (shadow) {
      const host = parentDocument.createElement('div');
      host.attachShadow({ mode: shadow }).append(frame);
      parentDocument.body.append(host);
    } else {
      parentDocument.body.append(frame);
    }

    const frameWindow: CountingWindow | null = frame.contentWindow;
    if (!frameWindow) throw new Error('The blank frame has no window');

    if (swallowPastes) {
      const swallow = (event: Event) => {
        event.stopImmediatePropagation();
      };
      frameWindow.addEventListener('paste', swallow, true);
    }
    frameWindow.document.body.innerHTML = markup;
    const pastes = { seen: 0, prevented: 0 };
    frameWindow.__pastes = pastes;
    // Bubble phase on the document: where the site's own editor code would hear the paste.
    frameWindow.document.addEventListener('paste', (event) => {
      pastes.seen += 1;
      if (event.defaultPrevented) pastes.prevented += 1;
    });
  }, options);
}

/** A frame of the page by its name, wherever it sits (shadow roots, nested frames). */
export function frameNamed(page: Page, name: string): Frame {
  const frame = page.frame({ name });
  if (!frame) throw new Error(`No frame named ${name}`);
  return frame;
}

/** Paste events that reached the frame's own listeners, and how many of them came cancelled. */
export function framePastes(frame: Frame): Promise<{ seen: number; prevented: number }> {
  return frame.evaluate(() => (window as CountingWindow).__pastes ?? { seen: -1, prevented: -1 });
}

/** How many warning dialogs are open, counted over every frame of the page. */
export async function countWarnings(page: Page): Promise<number> {
  let count = 0;
  for (const frame of page.frames()) {
    count += await frame
      .locator('[role="alertdialog"]')
      .count()
      .catch(() => 0);
  }

  return count;
}
