import { describe, expect, it } from 'vitest';

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
});
