import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { runSign, runVerify } from '../../../scripts/cli/sign-policy';

function publicKeyFrom(output: string): string {
  return output.trim().split('\n').at(-1) ?? '';
}

describe.each(['ed25519', 'p256'])('sign-policy and verify-policy with %s', (algorithm) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('signs a document that then verifies, and refuses it once edited', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'apg-sign-'));
    const key = path.join(folder, 'signing.pem');
    const document = path.join(folder, 'ai-policy.json');
    writeFileSync(document, '{"guidance":[]}\n');
    const output: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.push(String(chunk));
      return true;
    });

    expect(await runSign(['--generate-key', key, '--algorithm', algorithm])).toBe(0);
    const publicKey = publicKeyFrom(output.join(''));
    expect(await runSign(['--key', key, document])).toBe(0);
    expect(readFileSync(`${document}.sig`, 'utf8')).toMatch(/^[\w+/]+=*\n$/);
    expect(await runVerify(['--public-key', publicKey, document])).toBe(0);

    writeFileSync(document, '{"guidance":[],"sites":{"add":[],"remove":["chatgpt"]}}\n');
    expect(await runVerify(['--public-key', publicKey, document])).toBe(1);
  });
});

describe('sign-policy usage', () => {
  it('exits 2 with the usage when the key or document is missing', async () => {
    const errors = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

    expect(await runSign(['--key'])).toBe(2);
    expect(await runVerify([])).toBe(2);
    expect(String(errors.mock.calls[0]?.[0])).toContain('usage:');
    errors.mockRestore();
  });
});
