import { createRoot } from 'react-dom/client';

import { I18nProvider } from '@/components/i18n';
import { WarningDialog } from '@/components/warning-dialog';
import styles from '@/components/warning-dialog.css?inline';
import { createDialogHost } from '@/utils/guard/dialog-host';
import { TAMPERED_REASON, watchForTampering } from '@/utils/guard/dialog-tampering';
import { watchVisibility } from '@/utils/guard/dialog-visibility';
import type { Decision, WarningRequest } from '@/utils/guard/verdict';
import { translate } from '@/utils/i18n';

let closeOpenDialog: (() => void) | undefined;

/**
 * Shows the warning in its own shadow root, so the site's CSS cannot hide or restyle it, and
 * resolves with the person's decision. A second warning replaces the first, cancelling it.
 * A page that changes the warning ends it as a Cancel: what the person saw is no longer ours.
 */
export function showWarning(
  request: WarningRequest,
  onOpenGuidance: () => void,
): Promise<Decision> {
  closeOpenDialog?.();

  const { host, shadow } = createDialogHost();
  const style = document.createElement('style');
  style.textContent = styles;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);
  const root = createRoot(container);

  return new Promise((resolve) => {
    const close = (decision: Decision) => {
      tampering.stop();
      visibility.stop();
      closeOpenDialog = undefined;
      host.remove();
      // Unmounting from inside the root's own click handler is not allowed; do it right after.
      setTimeout(() => {
        root.unmount();
      }, 0);
      resolve(decision);
    };
    const closeTampered = () => {
      close({ choice: 'cancel', reason: TAMPERED_REASON });
    };
    const decide = (decision: Decision) => {
      if (tampering.isIntact()) close(decision);
      else closeTampered();
    };
    const tampering = watchForTampering(shadow, closeTampered);
    const visibility = watchVisibility();
    const onCommit = () => {
      tampering.discardOwnChanges();
      visibility.observe(shadow.querySelectorAll('button'));
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
