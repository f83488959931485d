export type GuardListeners = readonly (readonly [type: string, listener: EventListener])[];

/**
 * Our private question to a window: "is a guard listening here?". Page scripts may see the
 * event, but they cannot answer it: the answer is a property of the event object in the
 * content script's world, which the page's world does not share.
 */
const PROBE_EVENT = 'ai-paste-guard-probe';
const ANSWER = '__aiPasteGuardListening';

type ProbeEvent = Event & { [ANSWER]?: boolean };

function answerProbe(event: Event): void {
  (event as ProbeEvent)[ANSWER] = true;
}

/**
 * Whether a guard listens on this window: ours, or the guard content script that the browser
 * injected into the frame itself. Asked each time instead of remembered, because
 * `document.open()` on a frame erases every listener on its window, ours included.
 */
export function isWindowWired(target: Window): boolean {
  const probe: ProbeEvent = new Event(PROBE_EVENT);
  target.dispatchEvent(probe);
  return probe[ANSWER] === true;
}

/**
 * Registers the guard's listeners on a window in the capture phase, which runs before any
 * handler the page can register on its elements. They go when `signal` aborts.
 */
export function wireWindow(target: Window, listeners: GuardListeners, signal: AbortSignal): void {
  const options = { capture: true, signal };
  target.addEventListener(PROBE_EVENT, answerProbe, options);
  for (const [type, listener] of listeners) target.addEventListener(type, listener, options);
}
