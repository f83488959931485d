import { expect, type Frame, type Page } from '@playwright/test';

export type OpaqueFrameKind = 'sandboxed srcdoc' | 'sandboxed srcdoc without scripts' | 'data: URL';

/** Adds a frame of the given kind, big enough to show a warning in, and returns it. */
export async function buildOpaqueFrame(page: Page, kind: OpaqueFrameKind): Promise<Frame> {
  await page.evaluate((how) => {
    const frame = document.createElement('iframe');
    frame.name = 'opaque';
    frame.style.cssText = 'width: 720px; height: 560px; border: 0';
    const markup = '<!doctype html><body><textarea style="width: 90%; height: 60px"></textarea>';
    if (how === 'data: URL') {
      frame.src = `data:text/html,${encodeURIComponent(markup)}`;
    } else {
      frame.sandbox.value = how === 'sandboxed srcdoc' ? 'allow-scripts' : '';
      frame.srcdoc = markup;
    }
    document.body.prepend(frame);
  }, kind);

  await expect.poll(() => page.frame({ name: 'opaque' }), 'the frame is attached').toBeTruthy();
  const frame = page.frame({ name: 'opaque' });
  if (!frame) throw new Error('The opaque frame was not built');

  await expect(frame.locator('textarea')).toBeAttached();
  expect(await frame.evaluate(() => window.origin), 'the frame has an opaque origin').toBe('null');
  return frame;
}

/** The warning as it opens inside the frame. */
export function frameWarning(frame: Frame) {
  return frame.getByRole('alertdialog', { name: 'Sensitive text detected' });
}
