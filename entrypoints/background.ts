import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { recordDecision } from '@/utils/audit/record';
import { flushReports } from '@/utils/audit/reporter';
import { setDebugLogging } from '@/utils/logger';
import { listenForMessages } from '@/utils/messages';
import { extractPdfTextFromBase64 } from '@/utils/pdf-text';
import { DEFAULT_POLICY } from '@/utils/policy/default-policy';
import { refreshPolicy, watchManagedStorage } from '@/utils/policy-store';
import { watchPreferences } from '@/utils/preferences';
import { registerPolicySites } from '@/utils/site-registration';

const FLUSH_ALARM = 'flush-reports';

export default defineBackground(() => {
  let policy = DEFAULT_POLICY;
  // Resolved once per worker start; every handler waits for it so none acts on the default
  // while the organization's policy is still loading.
  let ready = applyPolicy();

  async function applyPolicy(): Promise<void> {
    policy = (await refreshPolicy()).policy;
    await registerPolicySites(policy);
    void flushReports(policy);
  }

  watchManagedStorage(() => (ready = applyPolicy()));
  watchPreferences((preferences) => {
    setDebugLogging(preferences.debugLogging);
  });

  // A safety net for the in-memory retry timer, which dies with the worker.
  void browser.alarms.create(FLUSH_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FLUSH_ALARM) void ready.then(() => flushReports(policy));
  });

  listenForMessages({
    'open-guidance': async ({ section }) => {
      const hash = section ? `#${section}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${hash}`) });
      return undefined;
    },
    'record-decision': async ({ decision }, sender) => {
      await ready;
      await recordDecision(decision, sender, policy);
      return undefined;
    },
    'extract-pdf-text': async ({ base64 }) => ({ text: await extractPdfTextFromBase64(base64) }),
  });
});
