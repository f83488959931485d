/**
 * A frame with an opaque origin (a sandboxed `srcdoc` frame, a `data:` URL) has no address of
 * its own to be monitored by, and no parent it may reach. Chromium injects the guard there by
 * the origin of the document that made it (`match_origin_as_fallback`), and the frame can read
 * that origin in `location.ancestorOrigins`; its referrer adds the path when the page kept it.
 */

/** Whether the document's origin is opaque. */
export function hasOpaqueOrigin(view: Window): boolean {
  return view.origin === 'null';
}

/**
 * The address to judge an opaque-origin frame by: its creator's, as far as the frame can tell.
 * Undefined where the browser does not say (Firefox has no `ancestorOrigins`).
 */
export function opaqueCreatorHref(view: Window): string | undefined {
  const { location } = view;
  const ancestors = 'ancestorOrigins' in location ? Array.from(location.ancestorOrigins) : [];
  const origin = ancestors.find((ancestor) => ancestor !== 'null');
  if (origin === undefined) return undefined;

  const { referrer } = view.document;
  return referrer.startsWith(`${origin}/`) ? referrer : `${origin}/`;
}

/**
 * A closer address for an opaque-origin frame than the origin alone: its tab's page, when that is
 * on the origin the frame was made by. Chromium gives such frames no referrer, so on a site
 * monitored on some paths only (`github.com/copilot`) the origin alone would judge it unmonitored.
 * Undefined when the referrer already named the page, or the tab is on another origin.
 */
export function refineWithTabAddress(creatorHref: string, tabHref: string): string | undefined {
  if (!creatorHref.endsWith('/') || new URL(creatorHref).pathname !== '/') return undefined;

  try {
    return new URL(tabHref).origin === new URL(creatorHref).origin ? tabHref : undefined;
  } catch {
    return undefined;
  }
}
