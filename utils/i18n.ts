import { browser } from 'wxt/browser';

import type { Translate } from '@/components/i18n';

/** Looks a message up in `_locales`; a missing one shows its key rather than nothing. */
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;
