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
import { refreshRemotePolicy } from '@/utils/remote-policy';
import { registerPolicySites } from '@/utils/site-registration';

const FLUSH_ALARM = 'flush-reports';
const REMOTE_ALARM = 'refresh-remote-policy';

export default defineBackground(() => {
  let policy = DEFAULT_POLICY;

  async function resolveAndApply(): Promise<void> {
    policy = (await refreshPolicy()).policy;
    await registerPolicySites(policy);
  }

  /** Fetches the organization's policy document and applies it when it changed. */
  async function refreshRemote(): Promise<void> {
    if ((await refreshRemotePolicy(policy.remote)) === 'updated') await resolveAndApply();
  }

  // The cached policy applies at once; the policy server is asked right after, never before.
  async function applyPolicy(): Promise<void> {
    await resolveAndApply();
    void flushReports(policy);
    if (!policy.remote.url) return;

    await browser.alarms.create(REMOTE_ALARM, { periodInMinutes: policy.remote.refreshMinutes });
    void refreshRemote();
  }

  // Resolved once per worker start; every handler waits for it so none acts on the default
  // while the organization's policy is still loading.
  let ready = applyPolicy();
  watchManagedStorage(() => (ready = applyPolicy()));
  watchPreferences((preferences) => {
    setDebugLogging(preferences.debugLogging);
  });

  // A safety net for the in-memory retry timer, which dies with the worker.
  void browser.alarms.create(FLUSH_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FLUSH_ALARM) void ready.then(() => flushReports(policy));
    if (alarm.name === REMOTE_ALARM) void ready.then(refreshRemote);
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
    'refresh-remote-policy': async () => {
      await ready;
      await refreshRemote();
      return undefined;
    },
    'extract-pdf-text': async ({ base64 }) => ({ text: await extractPdfTextFromBase64(base64) }),
    'tab-address': async (_message, sender) => Promise.resolve({ href: sender.tab?.url ?? '' }),
  });
});
