// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { createGuardLifetime } from '@/utils/guard/lifetime';

describe('guard lifetime', () => {
  it('lives while the extension does, whatever events the page sends', () => {
    const lifetime = createGuardLifetime(() => true);
    document.dispatchEvent(
      new CustomEvent('gnnfcldoeebcbacblmagechhgcomgkla:guard:wxt:content-script-started', {
        detail: { contentScriptName: 'guard', messageId: 'page' },
      }),
    );

    expect(lifetime.isAlive()).toBe(true);
    expect(lifetime.signal.aborted).toBe(false);
  });

  it('ends, once and for good, when the extension is gone', () => {
    let extension = true;
    const lifetime = createGuardLifetime(() => extension);
    let aborts = 0;
    lifetime.signal.addEventListener('abort', () => aborts++);

    extension = false;
    expect(lifetime.isAlive()).toBe(false);
    extension = true;
    expect(lifetime.isAlive()).toBe(false);
    expect(aborts).toBe(1);
  });
});
