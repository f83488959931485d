// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createTopLayerCarrier, keepOnTop } from '@/utils/guard/dialog-top-layer';

/** A toggle event as a popover or dialog fires it; happy-dom has no ToggleEvent. */
function toggleEvent(newState: 'open' | 'closed'): Event {
  return Object.assign(new Event('toggle'), { newState });
}

function showCarrier() {
  const dialog = createTopLayerCarrier();
  document.body.append(dialog);
  const options = { onRaised: vi.fn(), onOvertaken: vi.fn(), onEscape: vi.fn() };
  const watch = keepOnTop(dialog, options);
  return { dialog, options, watch };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('keepOnTop', () => {
  it('shows the warning modally, with the browser kept from closing it on Escape', () => {
    const { dialog, watch } = showCarrier();

    expect(watch.isModal).toBe(true);
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('closedby')).toBe('none');
    watch.stop();
  });

  it('raises the warning again when a popover of the page opens, not when one closes', () => {
    const { options, watch } = showCarrier();
    const popover = document.createElement('div');
    document.body.append(popover);

    popover.dispatchEvent(toggleEvent('closed'));
    expect(options.onRaised).not.toHaveBeenCalled();

    popover.dispatchEvent(toggleEvent('open'));
    expect(options.onRaised).toHaveBeenCalledOnce();
    watch.stop();
  });

  it('leaves a <details> element that opens alone: it stays in the page', () => {
    const { options, watch } = showCarrier();
    const details = document.createElement('details');
    document.body.append(details);

    details.dispatchEvent(toggleEvent('open'));

    expect(options.onRaised).not.toHaveBeenCalled();
    watch.stop();
  });

  it('gives up on a page that keeps covering the warning', () => {
    const { options, watch } = showCarrier();

    for (let count = 0; count < 20; count += 1) watch.raise();

    expect(options.onRaised).toHaveBeenCalledTimes(8);
    expect(options.onOvertaken).toHaveBeenCalled();
    watch.stop();
  });

  it('stops listening when the warning ends', () => {
    const { options, watch } = showCarrier();
    watch.stop();

    document.body.dispatchEvent(toggleEvent('open'));

    expect(options.onRaised).not.toHaveBeenCalled();
  });

  it('falls back to an open dialog where the browser cannot show it modally', () => {
    vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(() => {
      throw new DOMException('not here', 'NotSupportedError');
    });

    const { dialog, options, watch } = showCarrier();
    watch.raise();

    expect(watch.isModal).toBe(false);
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(options.onRaised).not.toHaveBeenCalled();
    watch.stop();
  });
});
