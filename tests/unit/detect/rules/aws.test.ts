import { describe, expect, it } from 'vitest';

import { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY } from '../../../support/fake-keys';
import { findRuleIds, findValues } from '../scan-helpers';

describe('aws rules', () => {
  it('finds an access key id with each temporary and long-term prefix', () => {
    for (const prefix of ['AKIA', 'ASIA', 'ABIA', 'ACCA']) {
      expect(findRuleIds(`${prefix}${AWS_ACCESS_KEY_ID.slice(4)}`)).toEqual(['aws-access-key-id']);
    }
  });

  it('ignores the access key id from the AWS documentation', () => {
    expect(findRuleIds('AKIAIOSFODNN7EXAMPLE')).toEqual([]);
  });

  it('finds a secret key in a credentials file', () => {
    const text = `[default]\naws_access_key_id = ${AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n`;

    expect(findRuleIds(text)).toEqual(['aws-access-key-id', 'aws-secret-access-key']);
    expect(findValues(text, 'aws-secret-access-key')).toEqual([AWS_SECRET_ACCESS_KEY]);
  });

  it('ignores a 40-character string with no AWS or secret label before it', () => {
    expect(findRuleIds(`checksum ${AWS_SECRET_ACCESS_KEY}`)).toEqual([]);
  });

  it('ignores a git SHA even next to the word secret', () => {
    expect(findRuleIds('secret fix 4b825dc642cb6eb9a060e54bf8d69288fbee4904')).toEqual([]);
  });
});
