import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { hashValues } from '@/utils/audit/value-hash';
import type { Finding } from '@/utils/detect/types';
import { borrowsAddress, creatorHrefOf } from '@/utils/guard/borrowed-address';
import { toDecisionRecord } from '@/utils/guard/decision-record';
import { isFromOwnDialog } from '@/utils/guard/dialog-host';
import { createDropHandler } from '@/utils/guard/drop-guard';
import { askParentToAdopt, guardWindowTree } from '@/utils/guard/frame-adoption';
import { createPasteHandler } from '@/utils/guard/paste-guard';
import type { GuardDeps } from '@/utils/guard/paste-guard';
import { hasOpaqueOrigin, refineWithTabAddress } from '@/utils/guard/opaque-frame';
import { createSendGuard } from '@/utils/guard/send-guard';
import { createGuardLifetime } from '@/utils/guard/lifetime';
import { createUploadGuard } from '@/utils/guard/upload-guard';
import { setDebugLogging } from '@/utils/logger';
import { askTabAddress, extractPdfText, sendMessage } from '@/utils/messages';
import { DEFAULT_POLICY } from '@/utils/policy/default-policy';
import { createDocumentMonitor } from '@/utils/policy/monitored';
import { prepareScanWithPolicy } from '@/utils/policy/scan-with-policy';
import { GUARD_INJECTION_PATTERNS } from '@/utils/policy/sites';
import { watchPolicy } from '@/utils/policy-store';
import { watchPreferences } from '@/utils/preferences';

import { showWarning } from './show-warning';

/** The guidance section that speaks to what was found. */
function guidanceFor(findings: readonly Finding[]): string {
  return findings.some((finding) => finding.category === 'secret') ? 'api-keys' : 'never-paste';
}

export default defineContentScript({
  // Whole hosts, also where only some paths are monitored: the guard waits there, see sites.ts.
  matches: [...GUARD_INJECTION_PATTERNS],
  runAt: 'document_start',
  allFrames: true,
  // Script-built about:blank and srcdoc frames too: see askParentToAdopt.
  matchAboutBlank: true,
  // And, in Chromium, frames with an opaque origin, by their creator's: see opaque-frame.ts.
  matchOriginAsFallback: { chrome: true, edge: true },
  // No `ctx`: its invalidation can be triggered by the page (see utils/guard/lifetime.ts).
  main() {
    // A same-origin frame is guarded from its parent's document. A blank or blob: popup, and a
    // frame with an opaque origin (sandboxed srcdoc, data:), is judged by the address of the page
    // that made it. An about:blank frame that no guard adopts has no address to be monitored by: a
    // parent's guard may still find it.
    if (askParentToAdopt()) return;
    const isOpaque = hasOpaqueOrigin(window);
    const isBorrowed = (): boolean => borrowsAddress(window, isOpaque);
    let creatorHref = creatorHrefOf(window);
    if (isBorrowed() && creatorHref === undefined) return;

    // The default is in force until the cached policy arrives a few milliseconds later.
    let policy = DEFAULT_POLICY;
    // The popup's address turns into its opener's when the opener rewrites it (document.write).
    const judgedHref = (): string => (isBorrowed() ? creatorHref : undefined) ?? location.href;
    const isMonitored = createDocumentMonitor(judgedHref, () => policy);
    // Judged once now: the page may rewrite its address before the first event.
    isMonitored();
    if (isOpaque && creatorHref !== undefined) {
      const originOnly = creatorHref;
      // An orphaned script's message fails: the origin alone is then what we have.
      askTabAddress()
        .then((tabHref) => {
          creatorHref = refineWithTabAddress(originOnly, tabHref) ?? originOnly;
          isMonitored();
        })
        .catch(() => undefined);
    }
    const stopWatchingPolicy = watchPolicy((resolved) => {
      policy = resolved.policy;
      // Elsewhere on a host monitored on some paths only, the guard costs no more than this.
      if (!isMonitored()) return;

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
      isMonitored,
      site: () => new URL(judgedHref()).hostname,
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

    // The types promise an id; an orphaned script's runtime has none.
    const runtime: { readonly id?: string } = browser.runtime;
    const lifetime = createGuardLifetime(() => runtime.id !== undefined);
    lifetime.signal.addEventListener('abort', () => {
      stopWatchingPolicy();
      stopWatchingPreferences();
    });

    // Our own warning is no way out of the page: its "Send anyway" is not the site's button. An
    // orphaned copy (the extension was updated under it) lets the event pass to the new one.
    const wired = listeners.map(([type, listener]) => {
      const guarded = (event: Event) => {
        if (lifetime.isAlive() && !isFromOwnDialog(event)) (listener as EventListener)(event);
      };
      return [type, guarded] as const;
    });

    // This window and the same-origin frames its page builds, for as long as the extension lives.
    guardWindowTree(window, wired, lifetime.signal);
  },
});
