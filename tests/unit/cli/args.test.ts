import { describe, expect, it } from 'vitest';

import { parseArgs } from '@/scripts/cli/args';

describe('parseArgs', () => {
  it('reads standard input as text when given nothing', () => {
    expect(parseArgs([])).toEqual({
      ok: true,
      options: { format: 'text', help: false, paths: ['-'] },
    });
  });

  it('takes the format as a separate or an attached value', () => {
    expect(parseArgs(['--format', 'json', 'a.txt'])).toMatchObject({
      ok: true,
      options: { format: 'json', paths: ['a.txt'] },
    });
    expect(parseArgs(['--format=text', 'a', 'b'])).toMatchObject({
      ok: true,
      options: { format: 'text', paths: ['a', 'b'] },
    });
  });

  it('treats - as standard input and everything after -- as a path', () => {
    expect(parseArgs(['-', '--', '--format'])).toMatchObject({
      ok: true,
      options: { paths: ['-', '--format'] },
    });
  });

  it('recognises a request for help', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, options: { help: true } });
    expect(parseArgs(['-h'])).toMatchObject({ ok: true, options: { help: true } });
  });

  it('rejects an unknown option', () => {
    expect(parseArgs(['--verbose'])).toEqual({ ok: false, error: 'unknown option --verbose' });
  });

  it('rejects a format it does not know or a missing one', () => {
    expect(parseArgs(['--format', 'xml'])).toMatchObject({ ok: false });
    expect(parseArgs(['--format'])).toMatchObject({ ok: false });
    expect(parseArgs(['--format='])).toMatchObject({ ok: false });
  });

  it('takes sarif as a format and a policy file, separate or attached', () => {
    expect(parseArgs(['--format', 'sarif', '--policy', 'p.json', 'src'])).toEqual({
      ok: true,
      options: { format: 'sarif', help: false, paths: ['src'], policy: 'p.json' },
    });
    expect(parseArgs(['--policy=p.json'])).toMatchObject({
      ok: true,
      options: { policy: 'p.json' },
    });
    expect(parseArgs(['--policy'])).toEqual({ ok: false, error: '--policy needs a file' });
  });
});
