import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { formatPolicyProblems, readPolicyFile } from '@/scripts/cli/policy-file';

const dir = mkdtempSync(join(tmpdir(), 'apg-policy-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readPolicyFile', () => {
  it('applies a valid policy file', async () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, JSON.stringify({ disabledRules: ['jwt'] }));
    const result = await readPolicyFile(path);

    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.ok && result.policy.disabledRules).toEqual(['jwt']);
  });

  it('repairs a bad field and reports it by its path', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ disabledRules: 'jwt' }));
    const result = await readPolicyFile(path);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(formatPolicyProblems(path, result.problems)).toMatch(
      new RegExp(`^policy ${path}: disabledRules: `),
    );
  });

  it('stops on a file that is not JSON', async () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ nope');

    expect(await readPolicyFile(path)).toMatchObject({ ok: false });
  });
});
