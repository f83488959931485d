// Reads a Windows `.reg` export back into values, the way Chrome reads its policy keys: the
// type each field has in managed_schema.json decides how a registry value is understood.
import type { JsonSchema } from './managed-schema-check';

export type RegistryValue =
  | { readonly kind: 'string'; readonly data: string }
  | { readonly kind: 'dword'; readonly data: number };

export type RegistryFile = ReadonlyMap<string, ReadonlyMap<string, RegistryValue>>;

const HEADER = 'Windows Registry Editor Version 5.00';
const KEY_LINE = /^\[([^\]]+)\]$/;
const NAMED_VALUE = /^"((?:[^"\\]|\\.)*)"=(.*)$/;
const STRING_DATA = /^"((?:[^"\\]|\\.)*)"$/;
const DWORD_DATA = /^dword:([0-9a-f]{8})$/i;

function unescapeRegString(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function parseData(data: string, line: number): RegistryValue {
  const text = STRING_DATA.exec(data);
  if (text) return { kind: 'string', data: unescapeRegString(text[1] ?? '') };

  const dword = DWORD_DATA.exec(data);
  if (dword) return { kind: 'dword', data: Number.parseInt(dword[1] ?? '', 16) };

  throw new Error(`line ${line}: only REG_SZ strings and dwords are expected, got ${data}`);
}

/** Keys (lower-case, as Windows compares them) and their named values. Throws on the unknown. */
export function parseRegFile(text: string): RegistryFile {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.replace(/^\uFEFF/, '') !== HEADER) throw new Error('missing .reg header');

  const keys = new Map<string, Map<string, RegistryValue>>();
  let current: Map<string, RegistryValue> | undefined;
  lines.slice(1).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith(';')) return;

    const key = KEY_LINE.exec(line);
    if (key) {
      current = new Map();
      keys.set((key[1] ?? '').toLowerCase(), current);
      return;
    }

    const value = NAMED_VALUE.exec(line);
    if (!value || !current) throw new Error(`line ${index + 2}: cannot read ${line}`);

    current.set(unescapeRegString(value[1] ?? ''), parseData(value[2] ?? '', index + 2));
  });

  return keys;
}

function convertValue(name: string, value: RegistryValue, schema: JsonSchema | undefined): unknown {
  const type = schema?.type;
  if (type === 'integer' && value.kind === 'dword') return value.data;
  if (type === 'boolean' && value.kind === 'dword') return value.data !== 0;
  if (type === 'string' && value.kind === 'string') return value.data;
  if ((type === 'object' || type === 'array') && value.kind === 'string') {
    const parsed = JSON.parse(value.data) as unknown;
    if (Array.isArray(parsed) === (type === 'array')) return parsed;
  }

  throw new Error(
    `${name}: a registry ${value.kind} cannot hold this ${type ?? 'undeclared'} field`,
  );
}

/** The policy stored under one registry key, typed by the managed schema. */
export function readPolicyKey(file: RegistryFile, keyPath: string, schema: JsonSchema): unknown {
  const values = file.get(keyPath.toLowerCase());
  if (!values) throw new Error(`no key ${keyPath}`);

  return Object.fromEntries(
    [...values].map(([name, value]) => [
      name,
      convertValue(name, value, schema.properties?.[name]),
    ]),
  );
}
