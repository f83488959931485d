import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { resolvePolicy } from '@/utils/policy/resolve';

import { findSchemaMismatches } from './managed-schema-check';
import type { JsonSchema } from './managed-schema-check';
import { parsePlist } from './plist';
import { parseRegFile, readPolicyKey } from './registry-file';

const ROOT = join(import.meta.dirname, '../../..');
const EXAMPLES = join(ROOT, 'docs/examples');
const EXTENSION_ID = 'gnnfcldoeebcbacblmagechhgcomgkla';
const GECKO_ID = 'ai-paste-guard@example.org';
const CHROME_POLICY_KEY = [
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome',
  `3rdparty\\extensions\\${EXTENSION_ID}\\policy`,
].join('\\');

const managedSchema = readJson(join(ROOT, 'public/managed_schema.json')) as JsonSchema;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Follows `keys` into nested objects and arrays; throws naming the first key that is missing. */
function dig(value: unknown, ...keys: (string | number)[]): unknown {
  return keys.reduce<unknown>((current, key) => {
    const next: unknown =
      typeof current === 'object' && current !== null
        ? (current as Record<string | number, unknown>)[key]
        : undefined;
    if (next === undefined) throw new Error(`missing ${String(key)}`);
    return next;
  }, value);
}

/** The Google Admin console wants each policy field as `{ "field": { "Value": … } }`. */
function unwrapAdminConsole(wrapped: unknown): unknown {
  return Object.fromEntries(
    Object.entries(wrapped as Record<string, unknown>).map(([field, entry]) => {
      expect(Object.keys(entry as object)).toEqual(['Value']);
      return [field, dig(entry, 'Value')];
    }),
  );
}

/** How to find the organization policy inside each example file. */
const EXTRACTORS: Readonly<Record<string, (path: string) => unknown>> = {
  'policy.json': (path) => readJson(path),
  'chrome-linux-managed.json': (path) =>
    dig(readJson(path), '3rdparty', 'extensions', EXTENSION_ID),
  'firefox-policies.json': (path) =>
    dig(readJson(path), 'policies', '3rdparty', 'Extensions', GECKO_ID),
  'google-admin.json': (path) => unwrapAdminConsole(readJson(path)),
  'windows-chrome.reg': (path) =>
    readPolicyKey(parseRegFile(readFileSync(path, 'utf8')), CHROME_POLICY_KEY, managedSchema),
  'macos-chrome.mobileconfig': (path) =>
    dig(
      parsePlist(readFileSync(path, 'utf8')),
      'PayloadContent',
      0,
      'PayloadContent',
      `com.google.Chrome.extensions.${EXTENSION_ID}`,
      'Forced',
      0,
      'mcx_preference_settings',
    ),
};

const reference = readJson(join(EXAMPLES, 'policy.json'));

describe('docs/examples', () => {
  it('knows how to read every example file', () => {
    expect(readdirSync(EXAMPLES).sort()).toEqual(Object.keys(EXTRACTORS).sort());
  });

  describe.each(Object.entries(EXTRACTORS))('%s', (file, extract) => {
    const policy = extract(join(EXAMPLES, file));

    it('resolves as a managed policy with no problems', () => {
      const resolved = resolvePolicy(policy);

      expect(resolved.problems).toEqual([]);
      expect(resolved.source).toBe('managed');
      expect(resolved.managedFields).toEqual(Object.keys(reference as object));
    });

    it('carries the same policy as policy.json', () => {
      expect(policy).toEqual(reference);
    });

    it('uses only keys and types that managed_schema.json declares', () => {
      expect(findSchemaMismatches(managedSchema, policy)).toEqual([]);
    });
  });

  it('names the extension ids that wxt.config.ts pins', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const linux = readJson(join(EXAMPLES, 'chrome-linux-managed.json'));
    const firefox = readJson(join(EXAMPLES, 'firefox-policies.json'));

    expect(config).toContain(EXTENSION_ID);
    expect(config).toContain(GECKO_ID);
    expect(dig(linux, 'ExtensionSettings', EXTENSION_ID, 'installation_mode')).toBe(
      'force_installed',
    );
    expect(dig(firefox, 'policies', 'ExtensionSettings', GECKO_ID, 'installation_mode')).toBe(
      'force_installed',
    );
  });

  it('keeps the .reg file ASCII with Windows line endings, as regedit expects', () => {
    const text = readFileSync(join(EXAMPLES, 'windows-chrome.reg'), 'utf8');

    expect(text).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(text.split('\r\n').length).toBe(text.split('\n').length);
  });
});

describe('the example checks catch mistakes', () => {
  it('reports a key that managed_schema.json does not declare', () => {
    const misspelled = { ...(reference as object), sites: { add: [], remove: [], ad: ['x'] } };

    expect(findSchemaMismatches(managedSchema, misspelled)).toEqual([
      'sites.ad: not declared in managed_schema.json',
    ]);
  });

  it('reports a value whose type Chromium would drop', () => {
    const wrong = { ...(reference as object), version: '1', override: { allowed: 'yes' } };

    expect(findSchemaMismatches(managedSchema, wrong)).toEqual([
      'version: expected integer',
      'override.allowed: expected boolean',
    ]);
  });

  it('reports an unknown action by its field path and repairs only that field', () => {
    const actions = dig(reference, 'actions') as object;
    const pii = { low: 'deny', medium: 'warn', high: 'redact' };
    const resolved = resolvePolicy({ ...(reference as object), actions: { ...actions, pii } });

    expect(resolved.problems.map((problem) => problem.path)).toEqual(['actions.pii.low']);
    expect(resolved.policy.actions.pii).toEqual({ low: 'allow', medium: 'warn', high: 'redact' });
  });

  it('refuses a registry string where the schema wants an integer', () => {
    const reg = [
      'Windows Registry Editor Version 5.00',
      `[${CHROME_POLICY_KEY}]`,
      '"version"="1"',
    ].join('\r\n');

    expect(() => readPolicyKey(parseRegFile(reg), CHROME_POLICY_KEY, managedSchema)).toThrow(
      'version: a registry string cannot hold this integer field',
    );
  });

  it('reads plist entities, empty elements and nesting', () => {
    const xml = `<?xml version="1.0"?><plist version="1.0"><dict>
      <key>a</key><string>&lt;b&gt; &amp;</string>
      <key>c</key><array><true/><integer>7</integer><dict/></array>
    </dict></plist>`;

    expect(parsePlist(xml)).toEqual({ a: '<b> &', c: [true, 7, {}] });
    expect(() => parsePlist('<plist><dict><key>a</key><date>x</date></dict></plist>')).toThrow(
      'unsupported plist element <date>',
    );
  });
});
