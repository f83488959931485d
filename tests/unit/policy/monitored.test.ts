import { describe, expect, it } from 'vitest';

import { DEFAULT_POLICY } from '@/utils/policy/default-policy';
import { createDocumentMonitor, isMonitoredHref, isMonitoredUrl } from '@/utils/policy/monitored';
import type { Policy } from '@/utils/policy/schema';
import {
  BUILT_IN_SITES,
  GUARD_INJECTION_PATTERNS,
  matchesPattern,
  toOriginPattern,
} from '@/utils/policy/sites';

function withSites(add: string[], remove: string[]): Policy {
  return { ...DEFAULT_POLICY, sites: { add, remove } };
}

describe('isMonitoredUrl', () => {
  it.each([
    'https://chatgpt.com/',
    'https://chat.openai.com/c/123',
    'https://claude.ai/new',
    'https://gemini.google.com/app',
    'https://www.perplexity.ai/search?q=x',
    'https://github.com/copilot',
  ])('watches the built-in AI site %s', (url) => {
    expect(isMonitoredUrl(new URL(url), DEFAULT_POLICY)).toBe(true);
  });

  it.each(['https://example.com/', 'https://github.com/org/repo', 'http://chatgpt.com/'])(
    'leaves %s alone',
    (url) => {
      expect(isMonitoredUrl(new URL(url), DEFAULT_POLICY)).toBe(false);
    },
  );

  it('watches a host the policy adds, as a bare host or a match pattern', () => {
    const policy = withSites(['ai.internal.example', 'https://*.llm.example/chat*'], []);

    expect(isMonitoredUrl(new URL('https://ai.internal.example/x'), policy)).toBe(true);
    expect(isMonitoredUrl(new URL('https://eu.llm.example/chat/1'), policy)).toBe(true);
    expect(isMonitoredUrl(new URL('https://eu.llm.example/admin'), policy)).toBe(false);
  });

  it('stops watching a built-in site the policy removes by id or pattern', () => {
    expect(isMonitoredUrl(new URL('https://poe.com/'), withSites([], ['poe']))).toBe(false);
    expect(isMonitoredUrl(new URL('https://claude.ai/'), withSites([], ['claude.ai']))).toBe(false);
  });

  it('has at least fifteen built-in AI tools, each with a valid pattern', () => {
    expect(BUILT_IN_SITES.length).toBeGreaterThanOrEqual(15);
    for (const site of BUILT_IN_SITES) {
      for (const pattern of site.patterns) {
        const sample = new URL(pattern.replace('*', ''));
        expect(matchesPattern(sample, pattern), pattern).toBe(true);
      }
    }
  });

  it('does not treat a look-alike host as the real one', () => {
    expect(isMonitoredUrl(new URL('https://chatgpt.com.evil.example/'), DEFAULT_POLICY)).toBe(
      false,
    );
    expect(isMonitoredUrl(new URL('https://notclaude.ai/'), DEFAULT_POLICY)).toBe(false);
  });
});

describe('isMonitoredHref', () => {
  it('answers like isMonitoredUrl and follows a change of address or policy', () => {
    const removed = withSites([], ['chatgpt']);

    expect(isMonitoredHref('https://chatgpt.com/c/1', DEFAULT_POLICY)).toBe(true);
    expect(isMonitoredHref('https://chatgpt.com/c/1', removed)).toBe(false);
    expect(isMonitoredHref('https://example.com/', DEFAULT_POLICY)).toBe(false);
    expect(isMonitoredHref('https://claude.ai/new', DEFAULT_POLICY)).toBe(true);
  });
});

describe('where the guard is injected', () => {
  it('widens a pattern limited to some paths to its whole host', () => {
    expect(toOriginPattern('https://github.com/copilot*')).toBe('https://github.com/*');
    expect(toOriginPattern('https://claude.ai/*')).toBe('https://claude.ai/*');
  });

  it('covers every page of every built-in site, once', () => {
    expect(GUARD_INJECTION_PATTERNS).toContain('https://github.com/*');
    expect(GUARD_INJECTION_PATTERNS).toContain('https://huggingface.co/*');
    expect(new Set(GUARD_INJECTION_PATTERNS).size).toBe(GUARD_INJECTION_PATTERNS.length);
    for (const site of BUILT_IN_SITES) {
      for (const pattern of site.patterns) {
        const page = new URL(pattern.replace('*', ''));
        expect(
          GUARD_INJECTION_PATTERNS.some((p) => matchesPattern(page, p)),
          pattern,
        ).toBe(true);
      }
    }
  });

  it('does not make a whole path-limited host monitored', () => {
    expect(isMonitoredUrl(new URL('https://github.com/'), DEFAULT_POLICY)).toBe(false);
    expect(isMonitoredUrl(new URL('https://huggingface.co/models'), DEFAULT_POLICY)).toBe(false);
  });
});

describe('createDocumentMonitor', () => {
  function monitorAt(href: string, policy: Policy = DEFAULT_POLICY) {
    const state = { href, policy };
    const isMonitored = createDocumentMonitor(
      () => state.href,
      () => state.policy,
    );
    return { state, isMonitored };
  }

  it('stays off until the document is on a monitored address', () => {
    const { state, isMonitored } = monitorAt('https://github.com/');

    expect(isMonitored()).toBe(false);
    state.href = 'https://github.com/copilot';
    expect(isMonitored()).toBe(true);
  });

  it('stays on when the page rewrites its address to an unmonitored one', () => {
    const { state, isMonitored } = monitorAt('https://github.com/copilot');

    expect(isMonitored()).toBe(true);
    state.href = 'https://github.com/settings';
    expect(isMonitored()).toBe(true);
    state.policy = { ...DEFAULT_POLICY };
    expect(isMonitored(), 'a new policy that still names the site').toBe(true);
  });

  it('lets the document go when a new policy removes the site it was on', () => {
    const { state, isMonitored } = monitorAt('https://github.com/copilot');

    expect(isMonitored()).toBe(true);
    state.href = 'https://github.com/settings';
    state.policy = withSites([], ['github-copilot']);
    expect(isMonitored()).toBe(false);
  });
});
