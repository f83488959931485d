import { generateKeyPairSync, sign } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { verifyPolicySignature } from '@/utils/policy/signature';

const DOCUMENT = new TextEncoder().encode('{"guidance":[]}');

function keyPair(kind: 'ed25519' | 'p256') {
  const pair =
    kind === 'p256'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('ed25519');
  const publicKey = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const signOver = (bytes: Uint8Array) =>
    (kind === 'p256'
      ? sign('sha256', bytes, { key: pair.privateKey, dsaEncoding: 'ieee-p1363' })
      : sign(null, bytes, pair.privateKey)
    ).toString('base64');
  return { publicKey, signOver };
}

describe.each(['ed25519', 'p256'] as const)('verifyPolicySignature with %s', (kind) => {
  it('accepts the signature of the exact document', async () => {
    const { publicKey, signOver } = keyPair(kind);

    expect(await verifyPolicySignature(DOCUMENT, signOver(DOCUMENT), publicKey)).toBe(true);
  });

  it('rejects a document changed after signing', async () => {
    const { publicKey, signOver } = keyPair(kind);
    const tampered = new TextEncoder().encode('{"guidance":[],"sites":{"remove":["chatgpt"]}}');

    expect(await verifyPolicySignature(tampered, signOver(DOCUMENT), publicKey)).toBe(false);
  });

  it("rejects another key's signature and a malformed one", async () => {
    const { publicKey } = keyPair(kind);
    const other = keyPair(kind);

    expect(await verifyPolicySignature(DOCUMENT, other.signOver(DOCUMENT), publicKey)).toBe(false);
    expect(await verifyPolicySignature(DOCUMENT, '!!not base64!!', publicKey)).toBe(false);
  });
});

describe('verifyPolicySignature with a bad public key', () => {
  it('throws, so the problem is reported rather than read as "unsigned"', async () => {
    await expect(verifyPolicySignature(DOCUMENT, 'AAAA', 'bm90IGEga2V5')).rejects.toThrow();
  });
});
