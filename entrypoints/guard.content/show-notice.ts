import { createDialogHost } from '@/utils/guard/dialog-host';

const SHOWN_FOR_MS = 8000;

// Words only, no buttons, bottom centre; the host keeps its place whatever the page's CSS says.
const NOTICE_CSS = `
:host { all: initial !important; display: contents !important; }
[role='status'] {
  position: fixed; inset: auto 0 24px 0; margin: 0 auto; width: fit-content; max-width: 480px;
  padding: 12px 16px; border: 0; border-radius: 8px; background: #1f2937; color: #fff;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 30%);
  pointer-events: none; z-index: 2147483647;
}`;

/**
 * Says for a few seconds why a paste went nowhere: the page covered or changed the warning, so
 * it ended as a Cancel. Without this the warning just vanishes. A page that hides the notice
 * costs the person an explanation, never their text: the paste is already stopped.
 */
export function showNotice(message: string): void {
  const { host, shadow } = createDialogHost();
  const style = document.createElement('style');
  style.textContent = NOTICE_CSS;
  const notice = document.createElement('div');
  notice.setAttribute('role', 'status');
  notice.textContent = message;
  shadow.append(style, notice);
  document.documentElement.append(host);
  // In the top layer where the browser has popovers, above a modal dialog the page opened.
  try {
    notice.popover = 'manual';
    notice.showPopover();
  } catch {
    // Without popovers it still sits at the top of the page's own stacking.
  }

  setTimeout(() => {
    host.remove();
  }, SHOWN_FOR_MS);
}
