import { isInheritedDocument } from './frame-adoption';

// A popup of a popup of the page is still the page's; a longer chain than this is no UI.
const MAX_HOPS = 8;

/**
 * The address of the page that opened this blank popup (`window.open('')`), which it takes its
 * origin, and so its guard, from: found through popups of popups and blank frames that open
 * them. Undefined when no such page can be reached (a cross-origin or closed opener, or none).
 * The popup's own guard watches it, not the opener's, so the warning opens where the person is
 * looking and the popup stays guarded when its opener goes away.
 */
export function openerHref(view: Window): string | undefined {
  let creator: Window | null = view.opener as Window | null;
  for (let hops = 0; hops < MAX_HOPS && creator; hops += 1) {
    try {
      const { location } = creator;
      if (!isInheritedDocument(location)) return location.href;

      creator = creator.parent === creator ? (creator.opener as Window | null) : creator.parent;
    } catch {
      // A cross-origin creator: this popup does not share its origin.
      return undefined;
    }
  }

  return undefined;
}
