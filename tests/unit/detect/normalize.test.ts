import { describe, expect, it } from 'vitest';

import { findTextVariants } from '@/utils/detect/normalize';
import { redact } from '@/utils/detect/redact';
import { scan } from '@/utils/detect/scan';
import { GITHUB_TOKEN, OPENAI_PROJECT_KEY, PRIVATE_KEY } from '../../support/fake-keys';

function redactAll(text: string): string {
  return redact(text, scan(text));
}

describe('scan of disguised secrets', () => {
  it('finds a token split by zero-width characters and soft hyphens, and redacts all of it', () => {
    const text = `key ${GITHUB_TOKEN.slice(0, 10)}\u200b${GITHUB_TOKEN.slice(10, 20)}\u00ad${GITHUB_TOKEN.slice(20)} done`;

    expect(redactAll(text)).toBe('key [REDACTED:github-token] done');
  });

  it('finds a key cut into a string concatenation across a line break', () => {
    const text = `const k = "${OPENAI_PROJECT_KEY.slice(0, 30)}" +\n  "${OPENAI_PROJECT_KEY.slice(30)}";`;

    expect(redactAll(text)).toBe('const k = "[REDACTED:openai-api-key]";');
  });

  it('finds a PEM block escaped inside a JSON string', () => {
    const text = JSON.stringify({ type: 'service_account', private_key: PRIVATE_KEY });

    expect(redactAll(text)).toBe(
      '{"type":"service_account","private_key":"[REDACTED:private-key]"}',
    );
  });

  it('finds a percent-encoded token in a URL and redacts the encoded form', () => {
    const encoded = GITHUB_TOKEN.replace(/_/g, '%5F');
    const text = `https://ci.test/hook?token=${encoded}&run=1`;

    expect(redactAll(text)).toBe('https://ci.test/hook?token=[REDACTED:github-token]&run=1');
  });

  it('finds a token inside base64 and redacts the base64 characters that carry it', () => {
    const text = `config: ${btoa(`token=${GITHUB_TOKEN}\n`)}`;
    const [finding] = scan(text);

    expect(finding?.rule).toBe('github-token');
    expect(redactAll(text)).not.toContain(btoa(GITHUB_TOKEN).slice(4, 20));
  });

  it('leaves text without disguises to the plain scan', () => {
    expect(scan('100% sure, see C:\\new and a + b')).toEqual([]);
  });

  it('rewrites `\\n` × 32K into one island of one newline per escape', () => {
    const [variant, ...others] = findTextVariants('\\n'.repeat(32_768));

    expect(others).toEqual([]);
    expect(variant?.text).toBe('\n'.repeat(32_768));
    expect(variant?.toOriginal(100, 101)).toEqual([200, 202]);
  });

  it('finds a key split by a zero-width space in 64 KB of zero-width padding', () => {
    const padding = 'a\u200b'.repeat(16_384);
    const split = `${GITHUB_TOKEN.slice(0, 12)}\u200b${GITHUB_TOKEN.slice(12)}`;
    const text = `${padding} token ${split} ${padding}`;

    expect(redactAll(text)).toBe(`${padding} token [REDACTED:github-token] ${padding}`);
  });

  it('finds a key between 64 KB of `\\n` escapes', () => {
    const escapes = '\\n'.repeat(16_384);
    const text = `${escapes}${GITHUB_TOKEN}\\n${escapes}`;

    expect(scan(text).map((finding) => text.slice(finding.start, finding.end))).toEqual([
      GITHUB_TOKEN,
    ]);
  });

  it.each([
    ['a JSON string', (token: string) => `{"log":"deploy done\\n${token}\\n"}`],
    ['a tab escape', (token: string) => `\\t${token}`],
    ['a form body', (token: string) => `message=deploy%20done%0A${token}&x=1`],
  ])('finds a key right after an escaped line break in %s', (_name, embed) => {
    const text = embed(GITHUB_TOKEN);

    expect(scan(text).map((finding) => text.slice(finding.start, finding.end))).toEqual([
      GITHUB_TOKEN,
    ]);
  });

  it('finds the one percent-encoded key at the end of 64 KB of plain prose', () => {
    const prose = 'The deploy went fine; see the runbook and ask in #ops. '.repeat(1_200);
    const encoded = GITHUB_TOKEN.replace('_', '%5F');
    const text = `${prose}https://ci.test/hook?token=${encoded}`;

    expect(redactAll(text)).toBe(`${prose}https://ci.test/hook?token=[REDACTED:github-token]`);
  });

  it('decodes printable percent-escapes and line breaks, and skips the bytes of one it leaves', () => {
    const [variant] = findTextVariants('a%00b%41%0a%4');

    expect(variant?.text).toBe('a%00bA\n%4');
  });

  it('joins quoted parts across a plus on either side of a line break', () => {
    const joined = findTextVariants('"ab" +\n  "cd" \n + "ef" \'g\'+\'h\' "i" + \'j\'');

    expect(joined.map((variant) => variant.text)).toEqual(['"abcdef" \'gh\' "i" + \'j\'']);
  });
});
