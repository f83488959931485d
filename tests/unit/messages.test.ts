import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { listenForMessages } from '@/utils/messages';

/** Delivers a message to the listeners, which route it synchronously. */
async function deliver(message: unknown, sender: { id?: string; url?: string }): Promise<void> {
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  expect(answers).toHaveLength(1);
}

describe('listenForMessages', () => {
  const handlers = {
    'open-guidance': vi.fn(() => Promise.resolve(undefined)),
    'record-decision': vi.fn(() => Promise.resolve(undefined)),
    'refresh-remote-policy': vi.fn(() => Promise.resolve(undefined)),
    'extract-pdf-text': vi.fn(() => Promise.resolve({ text: '' })),
    'tab-address': vi.fn(() => Promise.resolve({ href: '' })),
  };

  beforeEach(() => {
    fakeBrowser.reset();
    vi.clearAllMocks();
    listenForMessages(handlers);
  });

  it('routes a valid message from our own content script to its handler', async () => {
    await deliver(
      { type: 'open-guidance', section: 'api-keys' },
      { id: fakeBrowser.runtime.id, url: 'https://chatgpt.com/' },
    );

    expect(handlers['open-guidance']).toHaveBeenCalledOnce();
  });

  it('drops a message from another extension', async () => {
    await deliver(
      { type: 'open-guidance' },
      { id: 'someotherextensionid', url: 'https://evil.example/' },
    );

    expect(handlers['open-guidance']).not.toHaveBeenCalled();
  });

  it('drops payloads that do not match the protocol', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://chatgpt.com/' };
    await deliver({ type: 'open-guidance', section: '../../x' }, sender);
    await deliver({ type: 'unknown' }, sender);
    await deliver(
      { type: 'record-decision', decision: { channel: 'paste', verdict: 'warn', choice: 'steal' } },
      sender,
    );

    expect(handlers['open-guidance']).not.toHaveBeenCalled();
    expect(handlers['record-decision']).not.toHaveBeenCalled();
  });
});
