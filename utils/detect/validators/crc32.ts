const CRC_TABLE = buildCrcTable();

function buildCrcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }

    table[n] = c >>> 0;
  }

  return table;
}

/** CRC-32 (IEEE 802.3) of the UTF-8 bytes of `text`. */
export function computeCrc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  }

  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function encodeBase62(value: number, width: number): string {
  let rest = value;
  let digits = '';
  do {
    digits = BASE62.charAt(rest % 62) + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);

  return digits.padStart(width, '0');
}

const GITHUB_PREFIX_LENGTH = 4;
const GITHUB_RANDOM_LENGTH = 30;

/** The 6-character checksum GitHub appends to `ghp_`-style tokens: base62 CRC-32 of the body. */
export function computeGithubChecksum(randomPart: string): string {
  return encodeBase62(computeCrc32(randomPart), 6);
}

/** Whether a classic GitHub token (`ghp_` + 30 random + 6 checksum) carries a valid checksum. */
export function hasValidGithubChecksum(token: string): boolean {
  const bodyEnd = GITHUB_PREFIX_LENGTH + GITHUB_RANDOM_LENGTH;
  if (token.length !== bodyEnd + 6) return false;

  const randomPart = token.slice(GITHUB_PREFIX_LENGTH, bodyEnd);
  return computeGithubChecksum(randomPart) === token.slice(bodyEnd);
}
