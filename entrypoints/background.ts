import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { listenForMessages } from '@/utils/messages';
import { refreshPolicy, watchManagedStorage } from '@/utils/policy-store';

export default defineBackground(() => {
  watchManagedStorage();
  void refreshPolicy();

  listenForMessages({
    'open-guidance': async ({ section }) => {
      const hash = section ? `#${section}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${hash}`) });
    },
  });
});
