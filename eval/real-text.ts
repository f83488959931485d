import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of text that nobody on this project wrote: compiler typings, Debian docs, licences. */
export const REAL_TEXT_ROOTS = [
  join(import.meta.dirname, '../node_modules/typescript/lib'),
  '/usr/share/common-licenses',
  '/usr/share/doc',
];

const TEXT_FILE = /\.(?:d\.ts|js|txt|md|html?)$|(?:^|\/)(?:copyright|changelog|readme|NEWS)[^/]*$/i;
const MAX_FILE_BYTES = 2_000_000;

function isTextName(path: string): boolean {
  return TEXT_FILE.test(path) && !/\.(?:gz|bz2|xz|zst)$/.test(path);
}

function* walk(folder: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(folder).sort();
  } catch {
    return;
  }

  for (const entry of entries) {
    const path = join(folder, entry);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue;
    }

    if (stats.isDirectory()) yield* walk(path);
    else if (stats.isFile() && stats.size <= MAX_FILE_BYTES && isTextName(path)) yield path;
  }
}

export interface RealTextFile {
  readonly path: string;
  readonly text: string;
}

/** Real text files, in a stable order, until `limitBytes` of text have been read. */
export function readRealText(limitBytes: number): RealTextFile[] {
  const files: RealTextFile[] = [];
  let total = 0;
  for (const root of REAL_TEXT_ROOTS) {
    for (const path of walk(root)) {
      const text = readFileSync(path, 'utf8');
      // Compressed or binary files slip through names like changelog.Debian.gz: skip them.
      if (text.includes('\u0000') || text.includes('\uFFFD')) continue;

      files.push({ path, text });
      total += text.length;
      if (total >= limitBytes) return files;
    }
  }

  return files;
}
