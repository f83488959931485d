import { describe, expect, it } from 'vitest';

import { senderSite } from '@/utils/audit/sender-site';

describe('the site an audit event names', () => {
  it('is the host of the frame that sent the decision', () => {
    const sender = { url: 'https://chatgpt.com/c/1', tab: { url: 'https://example.org/' } };

    expect(senderSite(sender)).toBe('chatgpt.com');
  });

  it('is the inherited origin for a blank popup', () => {
    const sender = { url: 'about:blank', origin: 'https://chat.deepseek.com' };

    expect(senderSite(sender)).toBe('chat.deepseek.com');
  });

  it("is the tab's page for a frame with an opaque origin", () => {
    const srcdoc = { url: 'about:srcdoc', origin: 'null', tab: { url: 'https://claude.ai/new' } };
    const data = { url: 'data:text/html,x', origin: 'null', tab: { url: 'https://poe.com/' } };

    expect(senderSite(srcdoc)).toBe('claude.ai');
    expect(senderSite(data)).toBe('poe.com');
  });

  it('is "unknown" when the browser says nothing usable', () => {
    expect(senderSite({})).toBe('unknown');
    expect(senderSite({ url: 'about:blank', origin: 'null' })).toBe('unknown');
  });
});
