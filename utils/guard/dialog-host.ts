/** The elements that host our warnings. Only the content script can reach this set. */
const ownHosts = new WeakSet<EventTarget>();

/**
 * Creates the element that hosts the warning, with its open shadow root. Its name is new on every
 * call: a page can register a custom element under any fixed name, whose constructor would take
 * the shadow root first and make ours throw, but it cannot register one it cannot guess.
 */
export function createDialogHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const [high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(2));
  const host = document.createElement(`apg-${high.toString(36)}-${low.toString(36)}`);
  const shadow = host.attachShadow({ mode: 'open' });
  ownHosts.add(host);
  return { host, shadow };
}

/**
 * Whether an event comes from inside our own warning. Its "Send anyway" button is not the
 * site's send button, and a reason typed into it is not text leaving the page. Only hosts we
 * created count: an element a page names like ours is just another part of the page.
 */
export function isFromOwnDialog(event: Event): boolean {
  return event.composedPath().some((node) => ownHosts.has(node));
}
