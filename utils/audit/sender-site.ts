/** The browser's record of who sent a message: the frame's address, its origin and its tab. */
export interface SenderRecord {
  readonly url?: string;
  readonly origin?: string;
  readonly tab?: { readonly url?: string };
}

function hostOf(address: string | undefined): string {
  if (!address) return '';

  try {
    return new URL(address).hostname;
  } catch {
    // An opaque origin reads "null".
    return '';
  }
}

/**
 * The site a decision happened on, from the browser's record of the sender. A blank popup
 * (about:blank) or a frame with an opaque origin (srcdoc, data:) has no host in its address: the
 * origin it inherited names the site, else the page of its tab.
 */
export function senderSite(sender: SenderRecord): string {
  const host = hostOf(sender.url) || hostOf(sender.origin) || hostOf(sender.tab?.url);
  return host || 'unknown';
}
