/**
 * The one logger. Silent unless the person switches on debug logging in the options page.
 * Callers pass a fixed message and counts or ids, never pasted text, matched values or
 * policy values: details are limited to numbers, booleans and short identifiers.
 */
type Detail = number | boolean | readonly string[];

let isDebugEnabled = false;

export function setDebugLogging(enabled: boolean): void {
  isDebugEnabled = enabled;
}

function write(level: 'debug' | 'warn', message: string, details?: Record<string, Detail>): void {
  if (!isDebugEnabled) return;
  // eslint-disable-next-line no-console -- this is the logger the rule points everyone else to
  console[level](`[AI Paste Guard] ${message}`, details ?? '');
}

export const log = {
  debug: (message: string, details?: Record<string, Detail>) => {
    write('debug', message, details);
  },
  warn: (message: string, details?: Record<string, Detail>) => {
    write('warn', message, details);
  },
};
