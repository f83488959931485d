import type { Page } from '@playwright/test';

/**
 * The colour a person sees at one point of the page, as `rgb(r, g, b)`. Read from a screenshot,
 * because hit testing and Playwright's visibility checks both look through an overlay that has
 * `pointer-events: none`, and neither knows what the top layer paints above what.
 */
export async function colourAt(page: Page, point: { x: number; y: number }): Promise<string> {
  const clip = { x: Math.round(point.x), y: Math.round(point.y), width: 1, height: 1 };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d');
    context?.drawImage(bitmap, 0, 0);
    const [red = 0, green = 0, blue = 0] = context?.getImageData(0, 0, 1, 1).data ?? [];
    return `rgb(${red}, ${green}, ${blue})`;
  }, png);
}
