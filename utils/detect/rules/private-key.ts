import type { Rule, RuleExamples } from '../types';

// A header alone ("paste your -----BEGIN PRIVATE KEY----- here", or code that looks for it) is
// not a key: a line of base64 must follow. A block cut off before END still leaks the key.
const KEY_LINE = /[\d+/A-Z]{40}/i;

function hasKeyMaterial(block: string): boolean {
  return KEY_LINE.test(block);
}

// PuTTY's own format: headers, then base64 lines for the public and the private part.
function hasPuttyPrivatePart(block: string): boolean {
  return /Private-Lines: \d+\r?\n[ \t]*[\d+/A-Z]{40}/i.test(block);
}

export const rules: readonly Rule[] = [
  {
    id: 'private-key',
    category: 'secret',
    severity: 'high',
    title: 'Private key',
    description: 'A PEM or OpenSSH private key; whoever has it can act as its owner.',
    keywords: ['private key'],
    // The body may hold single dashes (`DEK-Info: DES-EDE3-CBC`) but never five in a row, so
    // each BEGIN scans at most to the next dash run: linear even with many BEGINs and no END.
    pattern:
      /-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----))*(?:-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----)?/dg,
    window: { before: 64, after: 65_536 },
    validate: hasKeyMaterial,
  },
  {
    id: 'private-key-putty',
    category: 'secret',
    severity: 'high',
    title: 'PuTTY private key',
    description: 'A PuTTY .ppk key file; whoever has it can log in as its owner.',
    keywords: ['putty-user-key-file-'],
    // Line by line up to the MAC line; each line is one run of non-breaks, so no backtracking.
    pattern:
      /PuTTY-User-Key-File-\d: [^\r\n]{1,100}(?:\r?\n(?!Private-MAC)[^\r\n]{0,200}){1,200}(?:\r?\nPrivate-MAC: [\da-f]{40,64})?/dg,
    window: { before: 0, after: 65_536 },
    validate: hasPuttyPrivatePart,
  },
];

const FAKE_BODY =
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Zq8Wm3Nx7Lp2Kd9R\n' +
  'v4Ty6Hb1Gf5Cs0EjQ1wE2rT3yU4iO5pA6sD7fG8hJ9kL0zX1cV2bN3mQ4wE5rT6yU7\n';

export const examples: RuleExamples = {
  'private-key': {
    positive: [
      `-----BEGIN PRIVATE KEY-----\n${FAKE_BODY}-----END PRIVATE KEY-----`,
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${FAKE_BODY}-----END OPENSSH PRIVATE KEY-----\n`,
      `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n${FAKE_BODY}`,
    ],
    negative: [
      'Paste the file that starts with -----BEGIN PRIVATE KEY----- here.',
      `-----BEGIN PUBLIC KEY-----\n${FAKE_BODY}-----END PUBLIC KEY-----`,
    ],
  },
  'private-key-putty': {
    positive: [
      `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${FAKE_BODY}Private-Lines: 2\n${FAKE_BODY}Private-MAC: ${'0f'.repeat(32)}`,
    ],
    negative: ['PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nPublic-Lines: 2\n'],
  },
};
