import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GITHUB_TOKEN, OPENAI_PROJECT_KEY } from '../../support/fake-keys';

const ROOT = join(import.meta.dirname, '../../..');

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: readonly string[], input = ''): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'npx',
      ['tsx', 'scripts/cli/main.ts', ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
        });
      },
    );
    child.stdin?.end(input);
  });
}

let dir = '';
let secretFile = '';
let cleanFile = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paste-guard-cli-'));
  secretFile = join(dir, 'secret.env');
  cleanFile = join(dir, 'clean.txt');
  writeFileSync(
    secretFile,
    `# keys\nGH_TOKEN=${GITHUB_TOKEN}\nOPENAI_API_KEY=${OPENAI_PROJECT_KEY}\n`,
  );
  writeFileSync(cleanFile, 'Nothing to see here.\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('scan CLI', { timeout: 30_000 }, () => {
  it('exits 0 and says so when a file is clean', async () => {
    const result = await runCli([cleanFile]);

    expect(result).toEqual({ code: 0, stdout: 'No findings in 1 file.\n', stderr: '' });
  });

  it('exits 1 and prints exact JSON for a file with secrets, never the raw values', async () => {
    const result = await runCli(['--format', 'json', secretFile]);
    const start = '# keys\nGH_TOKEN='.length;
    const openAiStart = start + GITHUB_TOKEN.length + '\nOPENAI_API_KEY='.length;

    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      files: [
        {
          path: secretFile,
          findings: [
            {
              rule: 'github-token',
              category: 'secret',
              severity: 'high',
              start,
              end: start + 40,
              line: 2,
              column: 10,
              preview: 'ghp_…Bxe',
            },
            {
              rule: 'openai-api-key',
              category: 'secret',
              severity: 'high',
              start: openAiStart,
              end: openAiStart + OPENAI_PROJECT_KEY.length,
              line: 3,
              column: 16,
              preview: 'sk-p…Z01',
            },
          ],
        },
      ],
    });
    expect(result.stdout).not.toContain(GITHUB_TOKEN);
    expect(result.stdout).not.toContain(OPENAI_PROJECT_KEY.slice(8, 20));
  });

  it('reads standard input under the path -', async () => {
    const result = await runCli(['--format=json'], 'pw=Sommer2026');

    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      '{"files":[{"path":"-","findings":[{"rule":"password-assignment","category":"secret",' +
        '"severity":"high","start":3,"end":13,"line":1,"column":4,"preview":"So…6"}]}]}\n',
    );
  });

  it('prints one text line per finding and a summary over several files', async () => {
    const result = await runCli([cleanFile, secretFile]);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `${secretFile}:2:10  github-token  high  ghp_…Bxe\n` +
        `${secretFile}:3:16  openai-api-key  high  sk-p…Z01\n` +
        '2 findings in 1 of 2 files.\n',
    );
  });

  it('scans a folder under a policy file that switches a rule off and reports its problems', async () => {
    const policyFile = join(dir, 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({ disabledRules: ['github-token', 'secret-assignment'], keywords: 'x' }),
    );
    const result = await runCli(['--policy', policyFile, '--format', 'sarif', dir]);
    const log = JSON.parse(result.stdout) as { runs: { results: { ruleId: string }[] }[] };

    expect(result.code).toBe(1);
    expect(log.runs[0]?.results.map((r) => r.ruleId)).toEqual(['openai-api-key']);
    expect(result.stderr).toContain(`policy ${policyFile}: keywords: `);
  });

  it('exits 2 with a message on an unknown option', async () => {
    const result = await runCli(['--fast', cleanFile]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown option --fast');
  });

  it('exits 2 with a message on a bad format', async () => {
    const result = await runCli(['--format', 'yaml', cleanFile]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be text, json or sarif');
  });

  it('exits 2 without a report when a file cannot be read', async () => {
    const missing = join(dir, 'missing.txt');
    const result = await runCli([cleanFile, missing]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`cannot read ${missing}`);
  });
});
