/** An AI tool the guard watches out of the box. */
export interface BuiltInSite {
  readonly id: string;
  readonly name: string;
  /** Chrome match patterns: what counts as the AI tool. */
  readonly patterns: readonly string[];
}

export const BUILT_IN_SITES: readonly BuiltInSite[] = [
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    patterns: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  },
  { id: 'claude', name: 'Claude', patterns: ['https://claude.ai/*'] },
  { id: 'gemini', name: 'Gemini', patterns: ['https://gemini.google.com/*'] },
  { id: 'ai-studio', name: 'Google AI Studio', patterns: ['https://aistudio.google.com/*'] },
  { id: 'copilot', name: 'Microsoft Copilot', patterns: ['https://copilot.microsoft.com/*'] },
  { id: 'github-copilot', name: 'GitHub Copilot Chat', patterns: ['https://github.com/copilot*'] },
  {
    id: 'perplexity',
    name: 'Perplexity',
    patterns: ['https://www.perplexity.ai/*', 'https://perplexity.ai/*'],
  },
  { id: 'deepseek', name: 'DeepSeek', patterns: ['https://chat.deepseek.com/*'] },
  { id: 'mistral', name: 'Mistral Le Chat', patterns: ['https://chat.mistral.ai/*'] },
  { id: 'poe', name: 'Poe', patterns: ['https://poe.com/*'] },
  { id: 'grok', name: 'Grok', patterns: ['https://grok.com/*'] },
  { id: 'meta-ai', name: 'Meta AI', patterns: ['https://www.meta.ai/*'] },
  { id: 'huggingchat', name: 'HuggingChat', patterns: ['https://huggingface.co/chat*'] },
  { id: 'kimi', name: 'Kimi', patterns: ['https://www.kimi.com/*', 'https://kimi.moonshot.cn/*'] },
  { id: 'qwen', name: 'Qwen Chat', patterns: ['https://chat.qwen.ai/*'] },
];

export const BUILT_IN_SITE_PATTERNS: readonly string[] = BUILT_IN_SITES.flatMap(
  (site) => site.patterns,
);

/** A match pattern widened to every path of its host: `https://github.com/copilot*` → `/*`. */
export function toOriginPattern(pattern: string): string {
  const pathStart = pattern.indexOf('/', pattern.indexOf('://') + 3);
  return pathStart === -1 ? `${pattern}/*` : `${pattern.slice(0, pathStart)}/*`;
}

/**
 * Where the browser injects the guard: the whole host of each built-in site. A site monitored on
 * some paths only (GitHub) moves onto them in-page with the History API, where no new document
 * loads; the guard stays dormant until its document has been on a monitored address.
 */
export const GUARD_INJECTION_PATTERNS: readonly string[] = [
  ...new Set(BUILT_IN_SITE_PATTERNS.map(toOriginPattern)),
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a URL falls under a Chrome match pattern (`https://*.example.com/path*`).
 * Returns false for anything that is not a valid pattern rather than throwing.
 */
export function matchesPattern(url: URL, pattern: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;

  const [, scheme = '', host = '', path = ''] = parts;
  const urlScheme = url.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;

  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) {
      return false;
    }
  }

  const pathPattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`, 's');
  return pathPattern.test(url.pathname + url.search);
}

/** The built-in site a URL belongs to, if any. */
export function findBuiltInSite(url: URL): BuiltInSite | undefined {
  return BUILT_IN_SITES.find((site) => site.patterns.some((p) => matchesPattern(url, p)));
}
