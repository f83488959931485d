import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { run as fingerprint } from '@/scripts/cli/fingerprint';
import { run as hashTerms } from '@/scripts/cli/hash-terms';
import { compileFingerprints } from '@/utils/detect/fingerprint';
import { compileHashedTerms } from '@/utils/detect/hashed-terms';
import { splitWords } from '@/utils/detect/words';

const dir = mkdtempSync(join(tmpdir(), 'apg-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const MEMO =
  'The board approved the acquisition of Northwind Trading for forty million euros. ' +
  'Closing is planned for the end of the third quarter, subject to regulatory approval. ' +
  'Staff will be told after signing; until then the deal is known as Project Heron.';

function writeDocx(name: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const path = join(dir, name);
  writeFileSync(path, zipSync({ 'word/document.xml': strToU8(xml) }));
  return path;
}

async function capture(command: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await command(), out };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('scan hash-terms', () => {
  it('prints a hashedTerms snippet the guard finds the terms with', async () => {
    const path = join(dir, 'terms.txt');
    writeFileSync(path, '# customers\nNorthwind Trading\n\nZenith Labs\n');
    const { code, out } = await capture(() => hashTerms(['--salt', 's1', path]));
    const { hashedTerms } = JSON.parse(out) as {
      hashedTerms: Parameters<typeof compileHashedTerms>[0];
    };

    expect(code).toBe(0);
    expect(hashedTerms.hashes).toHaveLength(2);
    const text = 'Notes on NORTHWIND trading and zenith  labs';
    const found = compileHashedTerms(hashedTerms)?.find(text, splitWords(text)) ?? [];
    expect(found).toHaveLength(2);
  });

  it('exits 2 without a file or with an unknown option', async () => {
    expect((await capture(() => hashTerms([]))).code).toBe(2);
    expect((await capture(() => hashTerms(['--nope', 'x']))).code).toBe(2);
  });
});

describe('scan fingerprint', () => {
  it('fingerprints a .docx and a .md file, titled by file name', async () => {
    const docx = writeDocx('board-memo.docx', MEMO.split('. '));
    const markdown = join(dir, 'plan.md');
    writeFileSync(markdown, `# Plan\n\n${MEMO}`);
    const { code, out } = await capture(() => fingerprint([docx, markdown]));
    const { fingerprints } = JSON.parse(out) as {
      fingerprints: { title: string; hashes: string[] }[];
    };

    expect(code).toBe(0);
    expect(fingerprints.map((entry) => entry.title)).toEqual(['board-memo', 'plan']);
    const excerpt = MEMO.toUpperCase().replace(/ /g, '  ');
    const found = compileFingerprints(fingerprints.slice(0, 1), 6)?.find(
      excerpt,
      splitWords(excerpt),
    );
    expect(found?.[0]?.title).toContain('board-memo');
  });

  it('exits 2 on a file it cannot read', async () => {
    expect((await capture(() => fingerprint([join(dir, 'missing.pdf')]))).code).toBe(2);
  });
});
