import { defineContentScript } from 'wxt/utils/define-content-script';

import { hashValues } from '@/utils/audit/value-hash';
import type { Finding } from '@/utils/detect/types';
import { toDecisionRecord } from '@/utils/guard/decision-record';
import { isFromOwnDialog } from '@/utils/guard/dialog-host';
import { createDropHandler } from '@/utils/guard/drop-guard';
import { createPasteHandler } from '@/utils/guard/paste-guard';
import type { GuardDeps } from '@/utils/guard/paste-guard';
import { createSendGuard } from '@/utils/guard/send-guard';
import { createUploadGuard } from '@/utils/guard/upload-guard';
import { setDebugLogging } from '@/utils/logger';
import { extractPdfText, sendMessage } from '@/utils/messages';
import { DEFAULT_POLICY } from '@/utils/policy/default-policy';
import { isMonitoredHref } from '@/utils/policy/monitored';
import { prepareScanWithPolicy } from '@/utils/policy/scan-with-policy';
import { BUILT_IN_SITE_PATTERNS } from '@/utils/policy/sites';
import { watchPolicy } from '@/utils/policy-store';
import { watchPreferences } from '@/utils/preferences';

import { showWarning } from './show-warning';

/** The guidance section that speaks to what was found. */
function guidanceFor(findings: readonly Finding[]): string {
  return findings.some((finding) => finding.category === 'secret') ? 'api-keys' : 'never-paste';
}

export default defineContentScript({
  matches: [...BUILT_IN_SITE_PATTERNS],
  runAt: 'document_start',
  allFrames: true,
  // Composers inside about:blank or srcdoc frames that a page script builds are guarded too.
  matchAboutBlank: true,
  main(ctx) {
    // The default is in force until the cached policy arrives a few milliseconds later.
    let policy = DEFAULT_POLICY;
    const stopWatchingPolicy = watchPolicy((resolved) => {
      policy = resolved.policy;
      // Hashed terms and fingerprints take a moment to prepare: do it before the first paste.
      requestIdleCallback(
        () => {
          prepareScanWithPolicy(resolved.policy);
        },
        { timeout: 5000 },
      );
    });
    const stopWatchingPreferences = watchPreferences((preferences) => {
      setDebugLogging(preferences.debugLogging);
    });

    const deps: GuardDeps = {
      getPolicy: () => policy,
      isMonitored: () => isMonitoredHref(location.href, policy),
      warn: async (request, matched) => {
        const decision = await showWarning(request, () => {
          void sendMessage({ type: 'open-guidance', section: guidanceFor(request.findings) });
        });
        const { hashKey } = policy.audit;
        const valueHashes = hashKey ? await hashValues(matched, hashKey) : [];
        void sendMessage({
          type: 'record-decision',
          decision: toDecisionRecord(request, decision, valueHashes),
        });
        return decision;
      },
    };
    const send = createSendGuard(deps);
    const upload = createUploadGuard({ ...deps, extractPdf: extractPdfText });
    // Files first: a paste or drop that carries files is the upload guard's, text and all.
    const listeners = [
      ['paste', upload.onTransfer],
      ['drop', upload.onTransfer],
      ['input', upload.onInput],
      ['change', upload.onChange],
      ['paste', createPasteHandler(deps)],
      ['drop', createDropHandler(deps)],
      ['keydown', send.onKeyDown],
      ['click', send.onClick],
      ['focusin', send.onFocusIn],
    ] as const;

    // Our own warning is no way out of the page: its "Send anyway" is not the site's button.
    const wired = listeners.map(([type, listener]) => {
      const guarded = (event: Event) => {
        if (!isFromOwnDialog(event)) (listener as EventListener)(event);
      };
      return [type, guarded] as const;
    });

    // Capture on window runs before any handler the page can register on its elements.
    for (const [type, listener] of wired) {
      window.addEventListener(type, listener, { capture: true });
    }

    ctx.onInvalidated(() => {
      for (const [type, listener] of wired) {
        window.removeEventListener(type, listener, { capture: true });
      }
      stopWatchingPolicy();
      stopWatchingPreferences();
    });
  },
});
