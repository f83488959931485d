/**
 * A frame with an opaque origin (a sandboxed `srcdoc` frame, a `data:` URL) has no address of
 * its own to be monitored by, and no parent it may reach. Chromium injects the guard there by
 * the origin of the document that made it (`match_origin_as_fallback`), and the frame can read
 * that origin in `location.ancestorOrigins`. A referrer would add the path, but Chromium gives
 * these frames none: the path comes from the tab's address (`refineWithTabAddress`).
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
  try {
    const creator = new URL(creatorHref);
    const isOriginOnly = creator.pathname === '/' && creator.search === '';
    return isOriginOnly && new URL(tabHref).origin === creator.origin ? tabHref : undefined;
  } catch {
    // No tab address ('') or none we can read.
    return undefined;
  }
}
