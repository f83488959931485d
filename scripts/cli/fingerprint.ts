import { basename, extname } from 'node:path';

import { fingerprintText } from '../../utils/detect/fingerprint';
import { describeError, readDocumentText } from './read-document';

export const FINGERPRINT_USAGE = `Usage: npm run scan -- fingerprint [--title TITLE] FILE...

Prints the policy's "fingerprints" list for .txt, .md, .docx or .pdf documents: winnowed hashes
of their five-word runs, which do not contain the text. Each entry is titled with the file name
(or --title, for a single file); the title is shown in the warning.
Exit status: 0 done, 2 usage error or unreadable file.`;

interface Options {
  readonly paths: readonly string[];
  readonly title?: string;
}

function parse(args: readonly string[]): Options | string {
  let title: string | undefined;
  const paths: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--title') {
      title = args[++index];
      if (!title) return '--title needs a value';
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else {
      paths.push(arg);
    }
  }

  if (paths.length === 0) return 'give at least one FILE';
  if (title !== undefined && paths.length > 1) return '--title works with one FILE only';
  return { paths, title };
}

/** Prints the `fingerprints` policy snippet for the given documents; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${FINGERPRINT_USAGE}\n`);
    return 0;
  }

  const options = parse(args);
  if (typeof options === 'string') {
    process.stderr.write(`fingerprint: ${options}\n\n${FINGERPRINT_USAGE}\n`);
    return 2;
  }

  const fingerprints: { title: string; hashes: string[] }[] = [];
  // Every file is read before anything is printed, so a bad path never leaves half a snippet.
  for (const path of options.paths) {
    try {
      const hashes = fingerprintText(await readDocumentText(path));
      if (hashes.length === 0) {
        process.stderr.write(`fingerprint: ${path} has fewer than five words, skipped\n`);
        continue;
      }

      fingerprints.push({ title: options.title ?? basename(path, extname(path)), hashes });
    } catch (error) {
      process.stderr.write(`fingerprint: cannot read ${path}: ${describeError(error)}\n`);
      return 2;
    }
  }

  process.stdout.write(`${JSON.stringify({ fingerprints }, null, 2)}\n`);
  return 0;
}
