import { browser } from 'wxt/browser';
import type { z } from 'zod';

/**
 * One value kept under one key of the extension's local storage, validated on every read so
 * a damaged or outdated entry falls back to `fallback` instead of breaking a page.
 */
export interface StoredValue<T> {
  readonly read: () => Promise<T>;
  readonly write: (value: T) => Promise<void>;
  /** Calls back with the value now and whenever it changes. Returns an unsubscribe. */
  readonly watch: (onChange: (value: T) => void) => () => void;
}

export function storedValue<T>(key: string, schema: z.ZodType<T>, fallback: T): StoredValue<T> {
  const parse = (value: unknown): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };

  const read = async () => parse((await browser.storage.local.get(key))[key]);

  return {
    read,
    write: (value) => browser.storage.local.set({ [key]: value }),
    watch: (onChange) => {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (area === 'local' && change) onChange(parse(change.newValue));
      };

      browser.storage.onChanged.addListener(listener);
      void read().then(onChange);
      return () => {
        browser.storage.onChanged.removeListener(listener);
      };
    },
  };
}
