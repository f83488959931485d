import { allowWasmKeywordSearch } from '../../utils/detect/keyword-automaton';
import { scan } from '../../utils/detect/scan';
import type { Finding } from '../../utils/detect/types';
import { scanWithPolicy } from '../../utils/policy/scan-with-policy';
import type { Policy } from '../../utils/policy/schema';
import { parseArgs, USAGE } from './args';
import { run as fingerprint } from './fingerprint';
import { formatJson, formatText } from './format';
import { run as hashTerms } from './hash-terms';
import { readInputs } from './inputs';
import { locateFindings } from './locate';
import type { FileReport } from './locate';
import { formatPolicyProblems, readPolicyFile } from './policy-file';
import { formatSarif } from './sarif';
import { runSign, runVerify } from './sign-policy';

// Subcommands own their arguments; everything else is a scan.
const SUBCOMMANDS: Readonly<Record<string, (args: string[]) => Promise<number>>> = {
  'hash-terms': hashTerms,
  fingerprint,
  'sign-policy': runSign,
  'verify-policy': runVerify,
};

const FORMATTERS = { text: formatText, json: formatJson, sarif: formatSarif } as const;

async function loadPolicy(path: string | undefined): Promise<Policy | undefined | string> {
  if (path === undefined) return undefined;

  const result = await readPolicyFile(path);
  if (!result.ok) return result.error;

  process.stderr.write(formatPolicyProblems(path, result.problems));
  return result.policy;
}

/** Runs the scan CLI and returns its exit code: 0 clean, 1 findings, 2 usage error. */
async function runScan(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`scan: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }

  if (parsed.options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const policy = await loadPolicy(parsed.options.policy);
  if (typeof policy === 'string') {
    process.stderr.write(`scan: ${policy}\n`);
    return 2;
  }

  const inputs = await readInputs(parsed.options.paths);
  if (typeof inputs === 'string') {
    process.stderr.write(`scan: ${inputs}\n`);
    return 2;
  }

  const scanText = (text: string): Finding[] =>
    policy ? scanWithPolicy(text, policy) : scan(text);
  const reports: FileReport[] = inputs.map(({ path, text }) => ({
    path,
    findings: locateFindings(text, scanText(text)),
  }));
  process.stdout.write(FORMATTERS[parsed.options.format](reports));
  return reports.some((report) => report.findings.length > 0) ? 1 : 0;
}

async function runCli(argv: readonly string[]): Promise<number> {
  const [first = '', ...rest] = argv;
  const subcommand = SUBCOMMANDS[first];
  return subcommand ? subcommand(rest) : runScan(argv);
}

// The CLI runs in Node, where no page's CSP is in the way of the faster keyword search.
allowWasmKeywordSearch();
process.exitCode = await runCli(process.argv.slice(2));
