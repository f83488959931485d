const BASE64URL = /^[\w-]*$/;

/** Decodes base64url (padding optional) to text, or `undefined` when it is not base64url. */
export function decodeBase64Url(encoded: string): string | undefined {
  if (!BASE64URL.test(encoded) || encoded.length % 4 === 1) return undefined;

  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of encoded) {
    buffer = (buffer << 6) | alphabet.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }

  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;

  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    return parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Whether `token` is a compact JWS: header JSON with a string `alg`, payload a JSON object. */
export function isJwtStructure(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;

  const [header, payload] = parts;
  const headerJson = parseJsonObject(decodeBase64Url(header ?? ''));
  if (typeof headerJson?.alg !== 'string') return false;

  return parseJsonObject(decodeBase64Url(payload ?? '')) !== undefined;
}
