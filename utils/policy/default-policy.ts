import { DEFAULT_GUIDANCE } from './default-guidance';
import type { Policy } from './schema';

/** What runs when no organization policy is installed: warn on everything that matters. */
export const DEFAULT_POLICY: Policy = {
  version: 1,
  organization: {
    name: 'Your organization',
    contact: 'your security team',
  },
  guidance: [...DEFAULT_GUIDANCE],
  sites: { add: [], remove: [] },
  actions: {
    secret: { low: 'warn', medium: 'warn', high: 'warn' },
    pii: { low: 'allow', medium: 'warn', high: 'warn' },
    marking: { low: 'warn', medium: 'warn', high: 'warn' },
    keyword: { low: 'warn', medium: 'warn', high: 'warn' },
    fingerprint: { low: 'warn', medium: 'warn', high: 'warn' },
  },
  override: { allowed: true, requireReason: false },
  disabledRules: [],
  keywords: [],
  patterns: [],
  hashedTerms: { salt: '', hashes: [], buckets: [], severity: 'high' },
  fingerprints: [],
  // About two sentences: each kept hash stands for a run of five words.
  fingerprintThreshold: 6,
  files: { maxBytes: 10 * 1024 * 1024, unreadable: 'warn', tooLarge: 'warn' },
  reporting: { endpoint: '', format: 'json', headers: {} },
  incognito: { warnIfNotAllowed: false },
  audit: { maxEvents: 1000, maxAgeDays: 90, hashKey: '' },
  remote: {
    url: '',
    allow: ['guidance'],
    refreshMinutes: 60,
    publicKey: '',
    maxBytes: 1024 * 1024,
  },
};
