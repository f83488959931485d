import { isInheritedDocument } from './frame-adoption';
import { hasOpaqueOrigin, opaqueCreatorHref } from './opaque-frame';
import { openerHref } from './popup-opener';

/**
 * Whether a document's address is not the one to judge it by: a blank popup (about:), a frame
 * with an opaque origin (sandboxed srcdoc, data:), and a blob: document, whose address names the
 * origin of the page that made it but none of that page's paths.
 */
export function borrowsAddress(view: Window, isOpaque: boolean): boolean {
  const { protocol } = view.location;
  return isOpaque || isInheritedDocument(view.location) || protocol === 'blob:';
}

/**
 * The address of the page that made this document, to judge it by; undefined where it cannot be
 * told. A blob: popup whose opener is gone is judged by the origin its address carries.
 */
export function creatorHrefOf(view: Window): string | undefined {
  if (hasOpaqueOrigin(view)) return opaqueCreatorHref(view);
  if (isInheritedDocument(view.location)) return openerHref(view);
  if (view.location.protocol === 'blob:') return openerHref(view) ?? `${view.location.origin}/`;
  return undefined;
}
