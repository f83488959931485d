import { browser } from 'wxt/browser';
import { z } from 'zod';

const KEY = 'preferences';

export const preferencesSchema = z.object({
  debugLogging: z.boolean(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

const DEFAULT_PREFERENCES: Preferences = { debugLogging: false };

function parse(value: unknown): Preferences {
  const parsed = preferencesSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}

export async function readPreferences(): Promise<Preferences> {
  const stored = await browser.storage.local.get(KEY);
  return parse(stored[KEY]);
}

export async function savePreferences(preferences: Preferences): Promise<void> {
  await browser.storage.local.set({ [KEY]: preferencesSchema.parse(preferences) });
}

/** Calls back with the preferences now and whenever they change. */
export function watchPreferences(onChange: (preferences: Preferences) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) onChange(parse(change.newValue));
  };

  browser.storage.onChanged.addListener(listener);
  void readPreferences().then(onChange);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}
