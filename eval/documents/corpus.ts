import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Prose no one here wrote: the documentation Debian packages install. */
const DOC_ROOT = '/usr/share/doc';
const LICENSE_ROOT = '/usr/share/common-licenses';
const PROSE_NAME = /^(?:readme|news|todo|faq)[^/]*$|\.(?:txt|md|rst)(?:\.gz)?$/i;

export interface CorpusFile {
  readonly path: string;
  readonly text: string;
}

function listFiles(directory: string, found: string[]): void {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) listFiles(path, found);
    else if (entry.isFile() && PROSE_NAME.test(entry.name)) found.push(path);
  }
}

async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Up to `maxBytes` of README, NEWS and text files, in a stable order. */
export async function readProseCorpus(maxBytes: number): Promise<CorpusFile[]> {
  const paths: string[] = [];
  listFiles(DOC_ROOT, paths);
  const files: CorpusFile[] = [];
  let total = 0;
  for (const path of paths.sort()) {
    if (total >= maxBytes || statSync(path).size > 2_000_000) continue;

    const text = await readText(path);
    // Binary or UTF-16 files are not prose.
    if (text.includes('\u0000')) continue;

    files.push({ path, text });
    total += text.length;
  }

  return files;
}

export function readLicense(name: string): string {
  return readFileSync(join(LICENSE_ROOT, name), 'utf8');
}

/** Sentences of at least four words, for picking excerpts. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?;:])\s+/)
    .filter((sentence) => sentence.split(' ').length >= 4);
}
