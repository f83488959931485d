import { isIframe } from './dom-kind';
import { isWindowWired, wireWindow } from './window-wiring';
import type { GuardListeners } from './window-wiring';

/**
 * One guard for a tree of same-origin frames: the guard of the top-most document adopts the
 * frames below it, wiring the same listeners into their windows, and the warning opens in its
 * document, where it has room. A frame a page script builds without a `src` needs it most: its
 * about:blank document has no address to be monitored by, and `document.write` erases every
 * listener on its window. A cross-origin frame keeps a guard of its own. See issue #8.
 */

const ADOPT_EVENT = 'ai-paste-guard-adopt';

/** Whether a document takes its origin, and so its guard, from the document that made it. */
export function isInheritedDocument(url: Pick<URL, 'protocol'>): boolean {
  return url.protocol === 'about:';
}

/**
 * Called first by the guard the browser injects into a frame, at document_start, and for a
 * script-built about:blank frame the moment it is made, before the page's script gets to it:
 * asks the guard of a same-origin parent to adopt this window now, so its listeners come
 * before any of the page's. True when the window is guarded from the parent (policy-added
 * sites inject nothing into blank frames; there the parent's guard finds them itself).
 */
export function askParentToAdopt(): boolean {
  if (window.parent === window) return false;

  try {
    window.parent.dispatchEvent(new CustomEvent(ADOPT_EVENT, { detail: window }));
  } catch {
    // A cross-origin parent: its guard, if any, cannot reach into this frame.
    return false;
  }

  return isWindowWired(window);
}

/** The window of a frame whose document we may script (same origin), if any. */
function sameOriginWindow(frame: HTMLIFrameElement): Window | undefined {
  try {
    return frame.contentDocument?.defaultView ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Guards `root` and, from then on, every same-origin frame in it: frames already there, added
 * later (also inside open shadow roots), reloaded or rewritten (their `load`), and frames that
 * ask through `askParentToAdopt`, however deep. A window already wired is left as it is.
 */
export function guardWindowTree(root: Window, listeners: GuardListeners, signal: AbortSignal) {
  const trackedFrames = new WeakSet<Element>();
  const observedRoots = new WeakSet<Node>();

  const adopt = (target: Window) => {
    if (signal.aborted || isWindowWired(target)) return;

    wireWindow(target, [...listeners, [ADOPT_EVENT, onAdoptRequest]], signal);
    observe(target.document);
  };

  const onAdoptRequest = (event: Event) => {
    const child: unknown = (event as CustomEvent).detail;
    // Only a frame of the window asked: a page may fire this event too.
    const isChild = (child as Window | null)?.parent === event.currentTarget && child !== null;
    if (isChild) adopt(child as Window);
  };

  const adoptFrame = (frame: HTMLIFrameElement) => {
    const child = sameOriginWindow(frame);
    if (child) adopt(child);
  };

  const track = (frame: HTMLIFrameElement) => {
    if (!trackedFrames.has(frame)) {
      trackedFrames.add(frame);
      // A new document in the frame (navigation, srcdoc, document.write) has lost our listeners.
      frame.addEventListener(
        'load',
        () => {
          adoptFrame(frame);
        },
        { signal },
      );
    }
    adoptFrame(frame);
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.COMMENT_NODE) return;

    const document = node.ownerDocument ?? (node as Document);
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let current: Node | null = walker.currentNode; current; current = walker.nextNode()) {
      if (isIframe(current)) track(current);
      const { shadowRoot } = current as Element;
      if (shadowRoot) observe(shadowRoot);
    }
  };

  const observe = (tree: Document | ShadowRoot) => {
    if (observedRoots.has(tree)) return;
    observedRoots.add(tree);

    const observer = new MutationObserver((records) => {
      // document.open() keeps the document (and this observer) but erases every listener on
      // its window, ours included. It replaces the document's own children, so only a change
      // there is worth the probe; a busy page's ordinary changes are deeper down.
      const view = tree.nodeType === Node.DOCUMENT_NODE ? (tree as Document).defaultView : null;
      if (view && records.some((record) => record.target === tree)) adopt(view);
      for (const record of records) record.addedNodes.forEach(visit);
    });
    observer.observe(tree, { childList: true, subtree: true });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
      },
      { once: true },
    );
    visit(tree);
  };

  adopt(root);
}
