import { z } from 'zod';

import { storedValue } from './stored-value';

export const preferencesSchema = z.object({
  debugLogging: z.boolean(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

const preferences = storedValue<Preferences>('preferences', preferencesSchema, {
  debugLogging: false,
});

export const readPreferences = preferences.read;

export async function savePreferences(next: Preferences): Promise<void> {
  await preferences.write(preferencesSchema.parse(next));
}

/** Calls back with the preferences now and whenever they change. */
export const watchPreferences = preferences.watch;
