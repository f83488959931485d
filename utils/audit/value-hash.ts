const HASH_HEX_LENGTH = 32;

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Keyed hashes (HMAC-SHA-256, first 128 bits, hex) of matched values, with the key from the
 * organization's policy. A security team sees that the same key was tried twice without anyone
 * being able to learn the key from the hash. Duplicates are dropped; order follows first sight.
 */
export async function hashValues(values: readonly string[], key: string): Promise<string[]> {
  const encoder = new TextEncoder();
  const hmacKey = await crypto.subtle.importKey(
    'raw',
    encoder.encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const hashes = await Promise.all(
    [...new Set(values)].map(async (value) =>
      toHex(await crypto.subtle.sign('HMAC', hmacKey, encoder.encode(value))).slice(
        0,
        HASH_HEX_LENGTH,
      ),
    ),
  );
  return [...new Set(hashes)];
}
