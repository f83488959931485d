import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { readInputs } from '@/scripts/cli/inputs';

const dir = mkdtempSync(join(tmpdir(), 'apg-inputs-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('reads a folder recursively in name order, skipping node_modules, .git and binaries', async () => {
    mkdirSync(join(dir, 'src/deep'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'src/b.env'), 'B=1\n');
    writeFileSync(join(dir, 'src/deep/a.txt'), 'deep\n');
    writeFileSync(join(dir, 'src/logo.png'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    writeFileSync(join(dir, 'node_modules/pkg/index.js'), 'module.exports = 1;\n');
    writeFileSync(join(dir, '.git/config'), '[core]\n');

    const inputs = await readInputs([dir]);

    expect(inputs).toEqual([
      { path: join(dir, 'src/b.env'), text: 'B=1\n' },
      { path: join(dir, 'src/deep/a.txt'), text: 'deep\n' },
    ]);
  });

  it('names the path it cannot read', async () => {
    expect(await readInputs([join(dir, 'missing.txt')])).toMatch(/^cannot read .*missing\.txt/);
  });
});
