export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  readonly format: OutputFormat;
  /** Files to scan; `-` is standard input, which is also the default. */
  readonly paths: readonly string[];
  readonly help: boolean;
}

export type ParseResult =
  | { readonly ok: true; readonly options: CliOptions }
  | { readonly ok: false; readonly error: string };

export const USAGE = `Usage: npm run scan -- [--format text|json] [PATH ...]

Scans files (or standard input when no PATH, or PATH is -) for secrets and personal data.
Exit status: 0 nothing found, 1 something found, 2 usage error.`;

function parseFormat(value: string | undefined): OutputFormat | undefined {
  return value === 'text' || value === 'json' ? value : undefined;
}

/** Reads the command line; never throws, so main can turn every mistake into exit code 2. */
export function parseArgs(argv: readonly string[]): ParseResult {
  let format: OutputFormat = 'text';
  let help = false;
  const paths: string[] = [];
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }

    if (arg === '--') {
      onlyPaths = true;
    } else if (arg === '-h' || arg === '--help') {
      help = true;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      const parsed = parseFormat(value);
      if (!parsed)
        return { ok: false, error: `--format must be text or json, not ${String(value)}` };
      format = parsed;
    } else {
      return { ok: false, error: `unknown option ${arg}` };
    }
  }

  return { ok: true, options: { format, help, paths: paths.length > 0 ? paths : ['-'] } };
}
