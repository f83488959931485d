// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { WarningDialog } from '@/components/warning-dialog';
import { watchForTampering } from '@/utils/guard/dialog-tampering';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The warning as showWarning mounts it: in an open shadow root, watched for foreign changes. */
function mountWatched(beforeFirstRender?: (shadow: ShadowRoot) => void) {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const carrier = document.createElement('dialog');
  const container = document.createElement('div');
  carrier.append(container);
  shadow.append(carrier);
  document.body.append(host);
  const onTampered = vi.fn();
  const watch = watchForTampering(shadow, { container, carrier }, onTampered);
  beforeFirstRender?.(shadow);
  const root = createRoot(container);
  act(() => {
    root.render(
      <WarningDialog
        channel="paste"
        site="chatgpt.com"
        verdict="warn"
        findings={[]}
        choices={['cancel', 'allow']}
        requireReason
        onDecide={vi.fn()}
        onTampered={onTampered}
        onCommit={watch.discardOwnChanges}
      />,
    );
  });

  return { shadow, carrier, onTampered, watch };
}

/** Lets pending mutation records reach their observer. */
function deliverMutations(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('watchForTampering', () => {
  it('keeps a reason the page writes out of the box, without a render to hide behind', async () => {
    const { shadow, onTampered } = mountWatched();
    const textarea = shadow.querySelector('textarea');
    // React would overlook a value set on the element itself; the prototype's setter it notices.
    const valueProperty = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');

    act(() => {
      valueProperty?.set?.call(textarea, 'typed by the page');
      textarea?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await deliverMutations();

    expect(textarea?.value).toBe('');
    expect(shadow.querySelector<HTMLButtonElement>('button:disabled')).not.toBeNull();
    expect(onTampered).not.toHaveBeenCalled();
  });

  it('reports a page relabelling a button', async () => {
    const { shadow, onTampered } = mountWatched();

    const button = shadow.querySelector('button');
    if (button) button.textContent = 'Paste anyway';
    await deliverMutations();

    expect(onTampered).toHaveBeenCalledOnce();
  });

  it('reports a style element the page slips into the shadow root', async () => {
    const { shadow, onTampered } = mountWatched();

    shadow.append(document.createElement('style'));
    await deliverMutations();

    expect(onTampered).toHaveBeenCalledOnce();
  });

  it('no longer counts the warning intact once the page adopts a style sheet into it', () => {
    const { shadow, watch } = mountWatched();

    shadow.adoptedStyleSheets = [new CSSStyleSheet()];

    expect(watch.isIntact()).toBe(false);
  });

  it('forgets a raise of the warning, but not a change the page made just before it', () => {
    const { shadow, carrier, onTampered, watch } = mountWatched();

    carrier.setAttribute('open', '');
    watch.discardOwnChanges();
    expect(onTampered).not.toHaveBeenCalled();

    shadow.append(document.createElement('style'));
    carrier.removeAttribute('open');
    watch.discardOwnChanges();
    expect(onTampered).toHaveBeenCalledOnce();
  });

  it('reports a style element slipped in before the warning first rendered', () => {
    const { onTampered } = mountWatched((shadow) => {
      shadow.append(document.createElement('style'));
    });

    expect(onTampered).toHaveBeenCalledOnce();
  });

  it('reports a restyle the page makes in the same task as one of our renders', () => {
    const { shadow, onTampered, watch } = mountWatched();

    shadow.querySelector('button.danger')?.setAttribute('class', 'cancel-look');
    shadow.querySelector('button.danger')?.removeAttribute('disabled');
    watch.discardOwnChanges();

    expect(onTampered).toHaveBeenCalledOnce();
  });
});
