import { describe, expect, it } from 'vitest';

import { fakeToken } from '@/utils/detect/fake-token';
import { isRealCredential } from '@/utils/detect/validators/credentials';
import { isRandomSecretValue } from '@/utils/detect/validators/random-value';

describe('isRandomSecretValue', () => {
  it('accepts generated values', () => {
    expect(isRandomSecretValue(fakeToken('rv', 32, 'base64url'))).toBe(true);
    expect(isRandomSecretValue('Xk9#mQ2!vL')).toBe(true);
  });

  it.each([
    'process.env.API_KEY',
    'createCancellationToken(sys4.args',
    'your-api-key-here',
    '3f2b8c1e-9d4a-4e7b-a1c3-5f6e7d8c9b0a',
    '4.17.21',
    'https://example.com/token',
    'undefined',
    'abcdefghij0123456789',
  ])('rejects %s', (value) => {
    expect(isRandomSecretValue(value)).toBe(false);
  });
});

describe('isRealCredential', () => {
  it('accepts a chosen password and rejects defaults, copies of the user and references', () => {
    expect(isRealCredential('app', 'v9Lq2xTz')).toBe(true);
    expect(isRealCredential('guest', 'guest')).toBe(false);
    expect(isRealCredential('user', 'password')).toBe(false);
    expect(isRealCredential('app', '${DB_PASSWORD}')).toBe(false);
    expect(isRealCredential('app', '<password>')).toBe(false);
  });
});
