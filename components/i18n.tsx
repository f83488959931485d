import { createContext, useContext } from 'react';

import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

// Components never call `browser.*`: each entrypoint provides the real translator.
const I18nContext = createContext<Translate>((key) => key);

export const I18nProvider = I18nContext.Provider;

export function useT(): Translate {
  return useContext(I18nContext);
}
