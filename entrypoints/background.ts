import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { listenForMessages } from '@/utils/messages';
import { extractPdfTextFromBase64 } from '@/utils/pdf-text';
import { refreshPolicy, watchManagedStorage } from '@/utils/policy-store';
import { registerPolicySites } from '@/utils/site-registration';

async function applyPolicy(): Promise<void> {
  const { policy } = await refreshPolicy();
  await registerPolicySites(policy);
}

export default defineBackground(() => {
  watchManagedStorage(applyPolicy);
  void applyPolicy();

  listenForMessages({
    'open-guidance': async ({ section }) => {
      const hash = section ? `#${section}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${hash}`) });
      return undefined;
    },
    // TODO(#7): keep the audit log and send it to the organization's collector.
    'record-decision': () => Promise.resolve(undefined),
    'extract-pdf-text': async ({ base64 }) => ({ text: await extractPdfTextFromBase64(base64) }),
  });
});
