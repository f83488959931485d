// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { WarningDialog } from '@/components/warning-dialog';
import type { WarningDialogProps } from '@/components/warning-dialog';
import type { Finding } from '@/utils/detect/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const finding: Finding = {
  rule: 'github-token',
  category: 'secret',
  severity: 'high',
  title: 'GitHub token',
  start: 6,
  end: 46,
  preview: 'ghp_…Bxe',
};

function render(overrides: Partial<WarningDialogProps> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const onDecide = vi.fn();
  const root = createRoot(container);
  act(() => {
    root.render(
      <WarningDialog
        channel="paste"
        site="chatgpt.com"
        verdict="warn"
        findings={[finding]}
        choices={['cancel', 'redact', 'allow']}
        requireReason={false}
        onDecide={onDecide}
        {...overrides}
      />,
    );
  });

  const button = (name: string) =>
    [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  return {
    container,
    onDecide,
    button,
    unmount: () => {
      act(() => {
        root.unmount();
      });
    },
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('WarningDialog', () => {
  it('is an alert dialog naming the kind of finding with only its masked preview', () => {
    const { container } = render();
    const dialog = container.querySelector('[role="alertdialog"]');

    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    expect(dialog?.textContent).toContain('GitHub token');
    expect(dialog?.textContent).toContain('ghp_…Bxe');
  });

  it('puts focus on Cancel, the safe choice', () => {
    const { button } = render();

    expect(document.activeElement).toBe(button('dialogCancel'));
  });

  it('ignores a click that a page script fakes', () => {
    const { onDecide, button } = render();

    act(() => {
      button('dialogAllowPaste')?.click();
      button('dialogRedactPaste')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });

    expect(onDecide).not.toHaveBeenCalled();
  });

  it('ignores a faked Escape key', () => {
    const { onDecide, container } = render();

    act(() => {
      container
        .querySelector('[role="alertdialog"]')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });

    expect(onDecide).not.toHaveBeenCalled();
  });

  it('offers no way past a block', () => {
    const { button } = render({ verdict: 'block', choices: ['cancel'] });

    expect(button('dialogAllowPaste')).toBeUndefined();
    expect(button('dialogRedactPaste')).toBeUndefined();
    expect(button('dialogCancel')).toBeDefined();
  });

  it('keeps paste anyway disabled until a reason is given when the policy asks for one', () => {
    const { button, container } = render({ requireReason: true });

    expect(button('dialogAllowPaste')?.disabled).toBe(true);
    expect(container.querySelector('textarea')).not.toBeNull();
  });
});
