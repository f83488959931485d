import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, type Page } from '@playwright/test';

import type { EditorWindow } from '../../fixtures/editors/shared/editor-hook';
import type { FilePayload } from './documents';
import { ROOT } from './paths';

// Under test-results/, which Playwright empties when a run starts: the 12 MB files do not pile up.
const FILES_DIR = path.join(ROOT, 'test-results', 'files');

/** Writes the files to a fresh folder, as they would lie on a person's disk; their paths. */
export function writeFilesToDisk(files: readonly FilePayload[]): string[] {
  mkdirSync(FILES_DIR, { recursive: true });
  const folder = mkdtempSync(path.join(FILES_DIR, 'upload-'));
  return files.map((file) => {
    const filePath = path.join(folder, file.name);
    writeFileSync(filePath, file.buffer);
    return filePath;
  });
}

/**
 * Clicks the site's "Attach" button, which creates a hidden file input on the spot, and picks
 * `files` in the file chooser that opens. Files picked by path reach the input through
 * Chromium's own file chooser path, with trusted `input` and `change` events; Playwright's
 * in-memory buffers instead are set by a page script, with untrusted events the guard ignores.
 */
export async function attachFiles(page: Page, files: readonly FilePayload[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach files' }).click();
  await (await chooser).setFiles(writeFilesToDisk(files));
}

/** How many files the site's file input holds now. */
export function filesInInput(page: Page): Promise<number> {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="attach-input"]');
    return input?.files?.length ?? -1;
  });
}

/** The input must be empty, and the site's own handler must never have seen the files. */
export async function expectNothingUploaded(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(await filesInInput(page), 'files left in the input').toBe(0);
  const uploads = await page.evaluate(() => (window as EditorWindow).__editor?.uploads() ?? []);
  expect(uploads, 'hand-overs to the site').toEqual([]);
}
