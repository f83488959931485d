/**
 * How long the guard's listeners live. Not WXT's content-script context: that one stops when a
 * "newer copy of this script started" event arrives on the document, and a page can send those
 * words itself. The only thing that ends a guard is the extension going away under it (updated,
 * reloaded or removed), which a page cannot fake: the script's runtime then has no id.
 */
export interface GuardLifetime {
  readonly signal: AbortSignal;
  /** False once the extension is gone; the first caller to notice lets every listener go. */
  readonly isAlive: () => boolean;
}

export function createGuardLifetime(hasExtension: () => boolean): GuardLifetime {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    isAlive: () => {
      if (!controller.signal.aborted && !hasExtension()) controller.abort();
      return !controller.signal.aborted;
    },
  };
}
