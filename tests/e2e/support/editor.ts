import { expect, type Page } from '@playwright/test';

import type { ReceivedUpload } from '../../fixtures/editors/shared/attachments';
import type { EditorWindow } from '../../fixtures/editors/shared/editor-hook';
import { findSite, type FixtureSite, type SiteHost } from './sites';

/** A fixture page with its editor focused, read through the editor's own model. */
export interface EditorPage {
  readonly page: Page;
  readonly site: FixtureSite;
  /** The editor's text as its model holds it, `\n` between lines; null without a hook. */
  text(): Promise<string | null>;
  /** How many paste events reached the editor's own paste handling. */
  pastes(): Promise<number | null>;
  /** The messages the site sent, oldest first. */
  sent(): Promise<readonly string[]>;
  /** Every hand-over of files to the site's own handlers. */
  uploads(): Promise<readonly ReceivedUpload[]>;
  focus(): Promise<void>;
}

/** Page options the fixtures read from the address, such as `enter=send` or `turns=500`. */
export type PageOptions = Record<string, string>;

export async function openEditor(
  page: Page,
  host: SiteHost,
  options: PageOptions = {},
): Promise<EditorPage> {
  const site = findSite(host);
  const query = new URLSearchParams(options).toString();
  const response = await page.goto(query ? `${site.url}?${query}` : site.url);
  expect(response?.status(), `${site.url} should be served by the fixture`).toBe(200);

  await page.waitForFunction(() => (window as EditorWindow).__editor !== undefined);
  const kind = await page.evaluate(() => (window as EditorWindow).__editor?.kind);
  expect(kind, `${site.url} should run the ${site.kind} page`).toBe(site.kind);

  const editor: EditorPage = {
    page,
    site,
    text: () => page.evaluate(() => (window as EditorWindow).__editor?.text() ?? null),
    pastes: () => page.evaluate(() => (window as EditorWindow).__editor?.pastes() ?? null),
    sent: () => page.evaluate(() => (window as EditorWindow).__editor?.sent() ?? []),
    uploads: () => page.evaluate(() => (window as EditorWindow).__editor?.uploads() ?? []),
    focus: async () => {
      await page.evaluate(() => {
        (window as EditorWindow).__editor?.focus();
      });
      const isComposerFocused = () =>
        page.evaluate(() => document.querySelector('.composer')?.contains(document.activeElement));
      await expect
        .poll(isComposerFocused, { message: 'the composer should have focus' })
        .toBe(true);
    },
  };
  await editor.focus();
  return editor;
}
