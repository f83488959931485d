import { randomBytes } from 'node:crypto';

import { hashTerm, MAX_TERM_WORDS, termBucket } from '../../utils/detect/hashed-terms';
import { normalizeTerm } from '../../utils/detect/words';
import { severitySchema } from '../../utils/policy/schema';
import { describeError, readDocumentText } from './read-document';

export const HASH_TERMS_USAGE = `Usage: npm run scan -- hash-terms [--salt SALT] [--severity low|medium|high] FILE

Reads one term per line (blank lines and lines starting with # are skipped) from a .txt, .md,
.docx or .pdf file and prints the policy's "hashedTerms" object. Terms are normalised (NFKC,
lower case, words joined by single spaces) and hashed as SHA-256 of salt + term; a random salt
is chosen unless --salt is given. Exit status: 0 done, 2 usage error or unreadable file.`;

interface Options {
  readonly path: string;
  readonly salt: string;
  readonly severity: 'low' | 'medium' | 'high';
}

function parse(args: readonly string[]): Options | string {
  let salt = randomBytes(16).toString('hex');
  let severity: Options['severity'] = 'high';
  const paths: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--salt') {
      salt = args[++index] ?? '';
      if (!salt) return '--salt needs a value';
    } else if (arg === '--severity') {
      const parsed = severitySchema.safeParse(args[++index]);
      if (!parsed.success) return '--severity must be low, medium or high';
      severity = parsed.data;
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else {
      paths.push(arg);
    }
  }

  if (paths.length !== 1) return 'give exactly one FILE';
  return { path: paths[0] ?? '', salt, severity };
}

/** The normalised terms of a list, one per line, without duplicates. */
export function readTerms(text: string): string[] {
  const terms = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .map(normalizeTerm)
    .filter((term) => term !== '');
  return [...new Set(terms)];
}

/** Prints the `hashedTerms` policy snippet for a file of terms; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${HASH_TERMS_USAGE}\n`);
    return 0;
  }

  const options = parse(args);
  if (typeof options === 'string') {
    process.stderr.write(`hash-terms: ${options}\n\n${HASH_TERMS_USAGE}\n`);
    return 2;
  }

  let terms: string[];
  try {
    terms = readTerms(await readDocumentText(options.path));
  } catch (error) {
    process.stderr.write(`hash-terms: cannot read ${options.path}: ${describeError(error)}\n`);
    return 2;
  }

  for (const term of terms.filter((t) => t.split(' ').length > MAX_TERM_WORDS)) {
    process.stderr.write(
      `hash-terms: "${term.slice(0, 20)}…" has more than ${MAX_TERM_WORDS} words and will never match\n`,
    );
  }

  const { salt, severity } = options;
  const hashedTerms = {
    salt,
    hashes: terms.map((term) => hashTerm(salt, term)),
    buckets: [...new Set(terms.map((term) => termBucket(salt, term)))].sort((a, b) => a - b),
    severity,
  };
  process.stdout.write(`${JSON.stringify({ hashedTerms }, null, 2)}\n`);
  process.stderr.write(`hash-terms: ${terms.length} terms hashed\n`);
  return 0;
}
