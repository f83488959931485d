import { expect, type Page } from '@playwright/test';

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
  focus(): Promise<void>;
}

export async function openEditor(page: Page, host: SiteHost): Promise<EditorPage> {
  const site = findSite(host);
  const response = await page.goto(site.url);
  expect(response?.status(), `${site.url} should be served by the fixture`).toBe(200);

  await page.waitForFunction(() => (window as EditorWindow).__editor !== undefined);
  const kind = await page.evaluate(() => (window as EditorWindow).__editor?.kind);
  expect(kind, `${site.url} should run the ${site.kind} page`).toBe(site.kind);

  const editor: EditorPage = {
    page,
    site,
    text: () => page.evaluate(() => (window as EditorWindow).__editor?.text() ?? null),
    pastes: () => page.evaluate(() => (window as EditorWindow).__editor?.pastes() ?? null),
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
