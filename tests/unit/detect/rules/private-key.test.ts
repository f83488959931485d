import { describe, expect, it } from 'vitest';

import { PRIVATE_KEY } from '../../../support/fake-keys';
import { findRuleIds, findValues } from '../scan-helpers';

const BODY = PRIVATE_KEY.split('\n').slice(1, -1).join('\n');

describe('private-key', () => {
  it('reports the whole block from BEGIN to END', () => {
    expect(findValues(`key:\n${PRIVATE_KEY}\nthanks`, 'private-key')).toEqual([PRIVATE_KEY]);
  });

  it.each(['RSA', 'EC', 'DSA', 'OPENSSH', 'ENCRYPTED'])('finds a %s private key', (kind) => {
    const block = `-----BEGIN ${kind} PRIVATE KEY-----\n${BODY}\n-----END ${kind} PRIVATE KEY-----`;
    expect(findValues(block, 'private-key')).toEqual([block]);
  });

  it('finds a key whose END line was cut off', () => {
    expect(findRuleIds(`-----BEGIN PRIVATE KEY-----\n${BODY}`)).toEqual(['private-key']);
  });

  it('finds two keys as two findings', () => {
    expect(findRuleIds(`${PRIVATE_KEY}\n\n${PRIVATE_KEY}`)).toEqual(['private-key', 'private-key']);
  });

  it('ignores a header with no key material', () => {
    expect(findRuleIds('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----')).toEqual([]);
  });

  it('ignores a public key and a certificate', () => {
    expect(findRuleIds(`-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`)).toEqual(
      [],
    );
    expect(findRuleIds(`-----BEGIN CERTIFICATE-----\n${BODY}\n-----END CERTIFICATE-----`)).toEqual(
      [],
    );
  });

  it('ignores code that only looks for the header', () => {
    const code =
      "if (pkcs8.indexOf('-----BEGIN PRIVATE KEY-----') !== 0) { throw new TypeError('must be PKCS#8 formatted string'); } return fromPKCS8(pkcs8, algorithm, options);";
    expect(findRuleIds(code)).toEqual([]);
  });
});
