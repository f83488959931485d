import { describe, expect, it } from 'vitest';

import { RULES } from '@/utils/detect/registry';
import { scan } from '@/utils/detect/scan';

const SIZE = 65_536;

function repeatTo(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

// Shapes that make backtracking regexes explode: long runs of what a pattern accepts, prefixes
// without the rest, and openers without closers.
const HOSTILE_INPUTS: Record<string, string> = {
  'sk- repeated': repeatTo('sk-'),
  'sk_ repeated': repeatTo('sk_'),
  'sk-proj- then a long run': `sk-proj-${repeatTo('a')}`,
  'a x 65536': repeatTo('a'),
  'A x 65536': repeatTo('A'),
  digits: repeatTo('0123456789'),
  'password: repeated': repeatTo('password: '),
  'password with no spaces': repeatTo('password:'),
  'password is repeated': repeatTo('password is '),
  'BEGIN PRIVATE KEY with no END': repeatTo('-----BEGIN PRIVATE KEY-----\nabc\n'),
  'one BEGIN then base64 forever': `-----BEGIN PRIVATE KEY-----\n${repeatTo('QUJD')}`,
  dashes: repeatTo('-'),
  'xoxb- repeated': repeatTo('xoxb-'),
  'xoxb-1- repeated': repeatTo('xoxb-1-'),
  'ey. repeated': repeatTo('eyJhbGciOiJIUzI1NiJ9.'),
  'AKIA repeated': repeatTo('AKIA'),
  'IBAN-like groups': repeatTo('DE89 3704 '),
  'secret and base64': `aws secret ${repeatTo('Ab3/')}`,
  'ghp_ repeated': repeatTo('ghp_'),
  'github_pat_ repeated': repeatTo('github_pat_'),
  'slack hook prefix repeated': repeatTo('hooks.slack.com/services/T0A1B2C3D/'),
  'template braces': `password: ${repeatTo('${')}`,
  'angle brackets': `pw=${repeatTo('<')}`,
};

describe('scan on hostile input', () => {
  it.each(Object.entries(HOSTILE_INPUTS))('terminates on %s', (_name, text) => {
    const started = performance.now();
    scan(text);

    // A sanity bound, not a benchmark: quadratic backtracking would take minutes here.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    'runs %s alone on every hostile input and terminates',
    (id) => {
      const others = RULES.filter((rule) => rule.id !== id).map((rule) => rule.id);
      const started = performance.now();
      for (const text of Object.values(HOSTILE_INPUTS)) scan(text, { disabledRules: others });

      expect(performance.now() - started).toBeLessThan(5_000);
    },
  );
});
