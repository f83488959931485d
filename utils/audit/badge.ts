import { browser } from 'wxt/browser';

const KEY = 'warningsPerTab';

/**
 * Counts the warnings shown in a tab on the toolbar icon. Kept in session storage so a
 * restarted service worker goes on counting; the browser clears the badge when the tab goes.
 */
export async function countWarningInTab(tabId: number): Promise<void> {
  const stored = await browser.storage.session.get(KEY);
  const counts = (stored[KEY] ?? {}) as Record<string, number>;
  const count = (counts[tabId] ?? 0) + 1;
  await browser.storage.session.set({ [KEY]: { ...counts, [tabId]: count } });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
  await browser.action.setBadgeText({ tabId, text: String(count) });
}
