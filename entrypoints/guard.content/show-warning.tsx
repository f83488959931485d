import { createRoot } from 'react-dom/client';

import { I18nProvider } from '@/components/i18n';
import { WarningDialog } from '@/components/warning-dialog';
import styles from '@/components/warning-dialog.css?inline';
import { createDialogHost } from '@/utils/guard/dialog-host';
import { TAMPERED_REASON, watchForTampering } from '@/utils/guard/dialog-tampering';
import { watchPlacement } from '@/utils/guard/dialog-placement';
import { createTopLayerCarrier, keepOnTop } from '@/utils/guard/dialog-top-layer';
import type { TopLayerWatch } from '@/utils/guard/dialog-top-layer';
import { watchVisibility } from '@/utils/guard/dialog-visibility';
import type { Decision, WarningRequest } from '@/utils/guard/verdict';
import { translate } from '@/utils/i18n';

import { showNotice } from './show-notice';

let closeOpenDialog: (() => void) | undefined;

/**
 * Shows the warning in its own shadow root, so the site's CSS cannot hide or restyle it, and
 * resolves with the person's decision. A second warning replaces the first, cancelling it.
 * A page that changes the warning ends it as a Cancel: what the person saw is no longer ours.
 * It opens in the top layer, above what the page put there, and is raised again when the page
 * covers it; a page that keeps covering it ends it as a Cancel too.
 */
export function showWarning(
  request: WarningRequest,
  onOpenGuidance: () => void,
): Promise<Decision> {
  closeOpenDialog?.();

  const { host, shadow } = createDialogHost();
  const style = document.createElement('style');
  style.textContent = styles;
  const carrier = createTopLayerCarrier();
  const container = document.createElement('div');
  carrier.append(container);
  shadow.append(style, carrier);
  document.documentElement.append(host);
  const root = createRoot(container);

  return new Promise((resolve) => {
    let topLayer: TopLayerWatch | undefined;
    let isClosed = false;
    const close = (decision: Decision) => {
      if (isClosed) return;

      isClosed = true;
      tampering.stop();
      stopWatchingPlacement();
      visibility.stop();
      topLayer?.stop();
      closeOpenDialog = undefined;
      host.remove();
      // Unmounting from inside the root's own click handler is not allowed; do it right after.
      setTimeout(() => {
        root.unmount();
      }, 0);
      resolve(decision);
    };
    const closeTampered = () => {
      if (!isClosed) showNotice(translate('noticeWarningTampered'));
      close({ choice: 'cancel', reason: TAMPERED_REASON });
    };
    const decide = (decision: Decision) => {
      if (tampering.isIntact()) close(decision);
      else closeTampered();
    };
    const tampering = watchForTampering(shadow, { container, carrier }, closeTampered);
    const stopWatchingPlacement = watchPlacement(host, closeTampered);
    const visibility = watchVisibility(() => topLayer?.raise());
    const onCommit = () => {
      // Shown once it has content, so that the browser's own focusing finds the buttons.
      topLayer ??= keepOnTop(carrier, {
        onRaised: tampering.discardOwnChanges,
        onOvertaken: closeTampered,
        onEscape: () => {
          decide({ choice: 'cancel' });
        },
      });
      tampering.discardOwnChanges();
      visibility.observe(shadow.querySelectorAll('button, [role="alertdialog"]'));
    };

    closeOpenDialog = () => {
      close({ choice: 'cancel' });
    };

    root.render(
      <I18nProvider value={translate}>
        <WarningDialog
          {...request}
          onDecide={decide}
          onTampered={closeTampered}
          onCommit={onCommit}
          isObscured={visibility.isObscured}
          onOpenGuidance={onOpenGuidance}
        />
      </I18nProvider>,
    );
  });
}
