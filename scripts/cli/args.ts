export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly format: OutputFormat;
  /** Files or folders to scan; `-` is standard input, which is also the default. */
  readonly paths: readonly string[];
  readonly help: boolean;
  /** A policy JSON file (the managed-storage shape); without it the built-in rules run. */
  readonly policy?: string;
}

export type ParseResult =
  | { readonly ok: true; readonly options: CliOptions }
  | { readonly ok: false; readonly error: string };

export const USAGE = `Usage: npm run scan -- [--format text|json|sarif] [--policy FILE] [PATH ...]
       npm run scan -- hash-terms …     (npm run scan -- hash-terms --help)
       npm run scan -- fingerprint …    (npm run scan -- fingerprint --help)
       npm run scan -- sign-policy …    (docs/remote-policy.md: sign the policy server's document)
       npm run scan -- verify-policy …  (check a signed document before publishing it)

Scans files and folders (recursively, skipping node_modules, .git and binary files), or standard
input when no PATH is given or PATH is -, for secrets and personal data. --policy applies an
organization's policy file: rules it switches off, its keywords and patterns.
Exit status: 0 nothing found, 1 something found, 2 usage error.`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

function parseFormat(value: string | undefined): OutputFormat | undefined {
  return FORMATS.find((format) => format === value);
}

// `--name VALUE` or `--name=VALUE`; the value, and how many arguments it took.
function readValue(argv: readonly string[], i: number, name: string): [string | undefined, number] {
  const arg = argv[i] ?? '';
  return arg === name ? [argv[i + 1], 1] : [arg.slice(name.length + 1), 0];
}

function isOption(arg: string, name: string): boolean {
  return arg === name || arg.startsWith(`${name}=`);
}

/** Reads the command line; never throws, so main can turn every mistake into exit code 2. */
export function parseArgs(argv: readonly string[]): ParseResult {
  let format: OutputFormat = 'text';
  let help = false;
  let policy: string | undefined;
  const paths: string[] = [];
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
    } else if (arg === '--') {
      onlyPaths = true;
    } else if (arg === '-h' || arg === '--help') {
      help = true;
    } else if (isOption(arg, '--format')) {
      const [value, used] = readValue(argv, i, '--format');
      i += used;
      const parsed = parseFormat(value);
      if (!parsed) {
        return { ok: false, error: `--format must be text, json or sarif, not ${String(value)}` };
      }

      format = parsed;
    } else if (isOption(arg, '--policy')) {
      const [value, used] = readValue(argv, i, '--policy');
      i += used;
      if (!value) return { ok: false, error: '--policy needs a file' };
      policy = value;
    } else {
      return { ok: false, error: `unknown option ${arg}` };
    }
  }

  const options = { format, help, paths: paths.length > 0 ? paths : ['-'] };
  return { ok: true, options: policy === undefined ? options : { ...options, policy } };
}
