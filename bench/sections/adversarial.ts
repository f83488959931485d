import { RULES } from '../../utils/detect/registry';
import { scan } from '../../utils/detect/scan';
import { formatMs, timeSync } from '../timing';
import type { Rule } from '../../utils/detect/types';
import type { BenchSection } from '../types';

const SIZE = 64 * 1024;
const TARGET_MS = 10;
const RUNS = 3;

function repeatTo(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

// Shapes that make backtracking explode: a keyword over and over, a keyword then a long run of
// what its token accepts, and openers that never close.
function buildInputs(): Map<string, string> {
  const inputs = new Map<string, string>([
    ['a × 64K', repeatTo('a')],
    ['A × 64K', repeatTo('A')],
    ['digits', repeatTo('0123456789')],
    ['hex', repeatTo('0123456789abcdef')],
    ['base64', repeatTo('QUJDZGVmMTIz')],
    ['dashes', repeatTo('-')],
    ['spaces', repeatTo(' ')],
    ['quote plus newline', repeatTo('"a" +\n')],
    ['backslash n', repeatTo('\\n')],
    ['percent', repeatTo('%41')],
    ['zero-width', repeatTo('a\u200b')],
    ['look-alike letters', repeatTo('g\u04bbp_\u0455\u043a-')],
    ['Cyrillic prose', repeatTo('\u041f\u0430\u0440\u043e\u043b\u044c \u043e\u0442 ')],
    ['full-width', repeatTo('\uff47\uff48\uff50\uff3f')],
    ['BEGIN without END', repeatTo('-----BEGIN PRIVATE KEY-----\nabc\n')],
    ['url user:pass without @', `https://${repeatTo('a:')}`],
    ['assignment chain', repeatTo('secret_token=')],
    ['template braces', `password: ${repeatTo('${')}`],
  ]);
  for (const keyword of new Set(RULES.flatMap((rule) => rule.keywords))) {
    inputs.set(`"${keyword}" repeated`, repeatTo(keyword));
    inputs.set(`"${keyword}" then a run`, `${keyword}${repeatTo('aB3')}`);
    inputs.set(`"${keyword}" spaced`, repeatTo(`${keyword} x1 `));
  }

  return inputs;
}

function timeBest(run: () => unknown): number {
  return Math.min(...Array.from({ length: RUNS }, () => timeSync(run)));
}

interface Timing {
  readonly name: string;
  readonly text: string;
  readonly ms: number;
}

function findWorst(inputs: Map<string, string>, rules: readonly Rule[], count: number): Timing[] {
  const options = { disabledRules: RULES.filter((r) => !rules.includes(r)).map((r) => r.id) };
  const timings = [...inputs].map(([name, text]) => ({
    name,
    text,
    ms: timeBest(() => scan(text, options)),
  }));
  return timings.sort((a, b) => b.ms - a.ms).slice(0, count);
}

function describeWorst({ name, text, ms }: Timing, rules: readonly Rule[]): string {
  const byRule = rules
    .map((rule) => {
      const others = RULES.filter((other) => other !== rule).map((other) => other.id);
      return { id: rule.id, ms: timeBest(() => scan(text, { disabledRules: others })) };
    })
    .sort((a, b) => b.ms - a.ms);
  const top = byRule.slice(0, 2).map((entry) => `${entry.id} ${formatMs(entry.ms)}`);
  return `${formatMs(ms).padStart(9)}  ${name}  (slowest rules alone: ${top.join(', ')})`;
}

/**
 * The slowest 64 KB hostile input for the secret rules (this section's target) and, for the
 * record, for every rule including personal data and markings.
 */
export async function run(): Promise<BenchSection> {
  const inputs = buildInputs();
  // The target is about how the work grows with hostile input, not about V8 compiling the
  // disguise code on first use: one untimed pass over every input first, its worst reported.
  const cold = [...inputs].map(([name, text]) => ({ name, ms: timeSync(() => scan(text)) }));
  const worstCold = cold.sort((a, b) => b.ms - a.ms)[0];
  const secretRules = RULES.filter((rule) => rule.category === 'secret');
  const worstSecret = findWorst(inputs, secretRules, 3);
  const worstAll = findWorst(inputs, RULES, 1);
  const lines = [
    `${inputs.size} hostile inputs of 64 KB, best of ${RUNS} runs each after one untimed pass`,
    `(slowest on that first, cold pass, all rules: ${formatMs(worstCold?.ms ?? 0)}, ${worstCold?.name ?? ''})`,
    `secret rules (${secretRules.length}):`,
    ...worstSecret.map((timing) => describeWorst(timing, secretRules)),
    `all rules (${RULES.length}), for the record:`,
    ...worstAll.map((timing) => describeWorst(timing, RULES)),
  ];
  const worstMs = worstSecret[0]?.ms ?? 0;
  lines.push(`worst for secrets: ${formatMs(worstMs)} (target ≤ ${TARGET_MS} ms)`);
  await Promise.resolve();
  return { title: 'Adversarial input (64 KB)', lines, passed: worstMs <= TARGET_MS };
}
