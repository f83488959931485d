// Signatures on the organization's policy document, checked with WebCrypto, which the browser
// and Node share. Ed25519 signs the document's bytes directly; ECDSA P-256 uses SHA-256 and the
// raw r‖s form WebCrypto expects.

export type SignatureAlgorithm = 'Ed25519' | 'ECDSA-P256';

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.trim());
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function importPublicKey(spkiBase64: string): Promise<[CryptoKey, SignatureAlgorithm]> {
  const spki = fromBase64(spkiBase64);
  try {
    return [
      await crypto.subtle.importKey('spki', spki, { name: 'Ed25519' }, false, ['verify']),
      'Ed25519',
    ];
  } catch {
    const algorithm = { name: 'ECDSA', namedCurve: 'P-256' };
    return [
      await crypto.subtle.importKey('spki', spki, algorithm, false, ['verify']),
      'ECDSA-P256',
    ];
  }
}

/**
 * Whether `signatureBase64` is a valid signature of `document` by the key. Resolves false for
 * any malformed input; throws only when the public key itself cannot be read.
 */
export async function verifyPolicySignature(
  document: Uint8Array<ArrayBuffer>,
  signatureBase64: string,
  publicKeyBase64: string,
): Promise<boolean> {
  const [key, algorithm] = await importPublicKey(publicKeyBase64);
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = fromBase64(signatureBase64);
  } catch {
    return false;
  }

  const parameters =
    algorithm === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: 'SHA-256' };
  return crypto.subtle.verify(parameters, key, signature, document);
}
