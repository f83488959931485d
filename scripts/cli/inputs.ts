import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const STDIN_PATH = '-';

// Folders that hold other people's code or the repository's own history, never a paste.
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
// A NUL in the first bytes marks a binary file; scanning it would only produce noise.
const BINARY_PROBE_BYTES = 8_000;

export interface Input {
  readonly path: string;
  readonly text: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  }

  return Buffer.concat(chunks).toString('utf8');
}

function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/** The files under `folder`, depth first in name order, without skipped folders. */
async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...(await listFiles(path)));
    } else if (entry.isFile()) {
      files.push(path);
    }
  }

  return files;
}

function describeReadError(path: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `cannot read ${path}: ${reason}`;
}

/**
 * Reads every input before anything is printed, so a bad path never leaves half a report. A
 * folder is read recursively; binary files inside it are skipped, a named binary file too.
 */
export async function readInputs(paths: readonly string[]): Promise<Input[] | string> {
  const inputs: Input[] = [];
  for (const path of paths) {
    try {
      if (path === STDIN_PATH) {
        inputs.push({ path, text: await readStdin() });
        continue;
      }

      const files = (await stat(path)).isDirectory() ? await listFiles(path) : [path];
      for (const file of files) {
        const bytes = await readFile(file);
        if (!isBinary(bytes)) inputs.push({ path: file, text: bytes.toString('utf8') });
      }
    } catch (error) {
      return describeReadError(path, error);
    }
  }

  return inputs;
}
