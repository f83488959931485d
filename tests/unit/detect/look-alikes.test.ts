import { describe, expect, it } from 'vitest';

import { findTextVariants } from '@/utils/detect/normalize';
import { redact } from '@/utils/detect/redact';
import { scan } from '@/utils/detect/scan';
import { GITHUB_TOKEN, OPENAI_PROJECT_KEY } from '../../support/fake-keys';

function redactAll(text: string): string {
  return redact(text, scan(text));
}

describe('scan of keys disguised with look-alike letters', () => {
  it('finds a GitHub token whose prefix has a Cyrillic h and redacts all of it', () => {
    const text = `token ${GITHUB_TOKEN.replace('h', '\u04bb')} thanks`;

    expect(redactAll(text)).toBe('token [REDACTED:github-token] thanks');
  });

  it('finds a key with Cyrillic and Greek letters in its prefix', () => {
    const disguised = OPENAI_PROJECT_KEY.replace('sk-', '\u0455\u043a-').replace('p', '\u03c1');

    expect(scan(`key: ${disguised}`).map((finding) => finding.rule)).toEqual(['openai-api-key']);
  });

  it('finds a key typed in full-width characters', () => {
    const wide = GITHUB_TOKEN.replace(/[\x21-\x7e]/g, (char) =>
      String.fromCharCode(char.charCodeAt(0) - 0x21 + 0xff01),
    );

    expect(redactAll(`token ${wide}`)).toBe('token [REDACTED:github-token]');
  });

  it('leaves Russian and Greek prose alone', () => {
    const prose = 'Пароль от сервера хранится у Олега. Το κλειδί είναι στο γραφείο.';

    expect(findTextVariants(prose)).toEqual([]);
    expect(scan(prose)).toEqual([]);
  });
});
