import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { listenForMessages } from '@/utils/messages';
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
    },
  });
});
