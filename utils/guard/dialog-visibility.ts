/** IntersectionObserver v2's options, which TypeScript's DOM types do not know yet. */
interface VisibilityObserverInit extends IntersectionObserverInit {
  readonly trackVisibility: boolean;
  readonly delay: number;
}

export interface VisibilityWatch {
  /** Starts watching these elements; watching one twice is harmless. */
  readonly observe: (elements: Iterable<Element>) => void;
  /** Whether the browser last saw the element covered, faded or distorted on screen. */
  readonly isObscured: (element: Element) => boolean;
  readonly stop: () => void;
}

/**
 * Watches whether the warning's buttons are painted as we drew them. Hit testing cannot tell: a
 * page can paint a fake label over a button from the top layer with pointer-events: none, and
 * the click still reaches ours. IntersectionObserver v2 reports what is actually painted over
 * it. A button not reported yet counts as seen: the first report comes with the first frame.
 * `onObscured` hears of every element seen covered, so the warning can be raised above it.
 * https://web.dev/articles/intersectionobserver-v2
 */
export function watchVisibility(onObscured?: () => void): VisibilityWatch {
  const lastSeen = new WeakMap<Element, boolean>();
  const options: VisibilityObserverInit = { trackVisibility: true, delay: 100 };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      // Browsers without v2 (Firefox) leave isVisible out: they cannot tell, so they do not block.
      const { isVisible } = entry as IntersectionObserverEntry & { isVisible?: boolean };
      lastSeen.set(entry.target, isVisible !== false);
    }
    if (entries.some((entry) => lastSeen.get(entry.target) === false)) onObscured?.();
  }, options);

  return {
    observe: (elements) => {
      for (const element of elements) observer.observe(element);
    },
    isObscured: (element) => lastSeen.get(element) === false,
    stop: () => {
      observer.disconnect();
    },
  };
}
