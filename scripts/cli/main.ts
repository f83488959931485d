import { readFile } from 'node:fs/promises';

import { scan } from '../../utils/detect/scan';
import { parseArgs, USAGE } from './args';
import { formatJson, formatText } from './format';
import { locateFindings } from './locate';
import type { FileReport } from './locate';

const STDIN_PATH = '-';

interface Input {
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

function describeReadError(path: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `cannot read ${path}: ${reason}`;
}

// All inputs are read before anything is printed, so a bad path never leaves half a report.
async function readInputs(paths: readonly string[]): Promise<Input[] | string> {
  const inputs: Input[] = [];
  for (const path of paths) {
    try {
      const text = path === STDIN_PATH ? await readStdin() : await readFile(path, 'utf8');
      inputs.push({ path, text });
    } catch (error) {
      return describeReadError(path, error);
    }
  }

  return inputs;
}

/** Runs the scan CLI and returns its exit code: 0 clean, 1 findings, 2 usage error. */
async function runCli(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`scan: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }

  if (parsed.options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const inputs = await readInputs(parsed.options.paths);
  if (typeof inputs === 'string') {
    process.stderr.write(`scan: ${inputs}\n`);
    return 2;
  }

  const reports: FileReport[] = inputs.map(({ path, text }) => ({
    path,
    findings: locateFindings(text, scan(text)),
  }));
  const format = parsed.options.format === 'json' ? formatJson : formatText;
  process.stdout.write(format(reports));
  return reports.some((report) => report.findings.length > 0) ? 1 : 0;
}

process.exitCode = await runCli(process.argv.slice(2));
