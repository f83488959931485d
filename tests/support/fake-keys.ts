/**
 * Fake credentials in each format the detectors know, for tests anywhere in the project. They
 * are deterministic and valid where a format has a checksum, and belong to no real account.
 */

/** Classic GitHub token whose CRC-32 checksum (`2piBxe`) is valid. */
export const GITHUB_TOKEN = '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';
/** The same token with its last character changed, so the checksum fails. */
export const GITHUB_TOKEN_BAD_CHECKSUM = 'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz01232piBxf';
export const GITHUB_APP_TOKEN = 'ghs_k9Fq2Lz7Xw4Vb8Nc1Hd6Jf3Gs5Tp0Y2CoST1';
export const GITHUB_FINE_GRAINED_TOKEN =
  'github_pat_11ABCDEFG0123456789abc_Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0EjQ1wE2rT3yU4iO5pA6sD7fG8hJ9k';

export const OPENAI_PROJECT_KEY =
  'sk-proj-4fGh7KkL0pQr2StUvWxYz9AbCdEfGhIjKlMnOpQrStUvWxYzT3BlbkFJaBcDeFgHiJkLmNoPqRsTuVwXyZ01';
export const OPENAI_LEGACY_KEY = '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';

export const ANTHROPIC_API_KEY =
  'sk-ant-api03-Rk7Qz2Lm9Xw4Vb8Nc1Hd6Jf3Gs5Tp0Ya7Ue2Io9Pl4Mk8Nj1Bh6Vg3Cf5Dx0Sz7Aw2Qe9Rt4Yu8Ii1OoPpAA';

export const AWS_ACCESS_KEY_ID = 'AKIAZ7QK3M5N2P4R6T7V';
export const AWS_SECRET_ACCESS_KEY = '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';

export const GOOGLE_API_KEY = 'AIzaSyD3kLm9Qw2Xe6Vb1Nc5Hd8Jf4Gs7Tp0Ya2';

export const SLACK_BOT_TOKEN = 'xoxb-1234567890123-1234567890123-Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1';
export const SLACK_WEBHOOK_URL =
  'https://hooks.slack.com/services/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';

export const STRIPE_SECRET_KEY = 'sk_live_51Hq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej';

/** Shaped like a key but random filler: a detector finds it, no server accepts it. */
export const PRIVATE_KEY = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Zq8Wm3Nx7Lp2Kd9R',
  'v4Ty6Hb1Gf5Cs0EjQ1wE2rT3yU4iO5pA6sD7fG8hJ9kL0zX1cV2bN3mQ4wE5rT6yU7',
  '-----END PRIVATE KEY-----',
].join('\n');

/** Header `{"alg":"HS256","typ":"JWT"}`, a small payload and a made-up signature. */
export const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUiLCJpYXQiOjE3MDAwMDAwMDB9.Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0EjQ1wE2rT3yU';

export const GENERIC_API_KEY = 'sk_0123456789abcdefghijklmnopqrstuvwxyz';

/** The IBAN from the European Commission's documentation; valid check digits. */
export const IBAN = 'DE89370400440532013000';

export const PASSWORD_ASSIGNMENT = 'password: Hunter2024!';

/** Each fake value with the rule id that must find it. */
export const FAKE_KEYS_BY_RULE: Readonly<Record<string, string>> = {
  'github-token': GITHUB_TOKEN,
  'openai-api-key': OPENAI_PROJECT_KEY,
  'anthropic-api-key': ANTHROPIC_API_KEY,
  'aws-access-key-id': AWS_ACCESS_KEY_ID,
  'aws-secret-access-key': `aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}`,
  'google-api-key': GOOGLE_API_KEY,
  'slack-token': SLACK_BOT_TOKEN,
  'slack-webhook': SLACK_WEBHOOK_URL,
  'stripe-key': STRIPE_SECRET_KEY,
  'private-key': PRIVATE_KEY,
  jwt: JWT,
  'generic-api-key': GENERIC_API_KEY,
  'password-assignment': PASSWORD_ASSIGNMENT,
  iban: IBAN,
  // Personal data and markings (issue #4): made-up people, valid checksums.
  'pii-card': 'Card: 4556 7375 8689 9855',
  'pii-ssn': 'SSN 536-22-8126',
  'pii-national-id-uk-nino': 'NINO JG103759A',
  'pii-national-id-de-tax': 'Steuer-ID: 86095742719',
  'pii-national-id-nl-bsn': 'BSN 111222333',
  'pii-national-id-passport': 'Passport No. 533380006',
  'pii-dob': 'DOB: 14/03/1987',
  'pii-email': 'jane.doe@acme-mail.com',
  'pii-ip': 'login from IP 81.2.69.160',
  'pii-phone': 'call +44 20 7946 0958',
  'marking-classification': 'TOP SECRET//SI//NOFORN',
  'marking-tlp-red': 'TLP:RED',
  'marking-tlp-amber': 'TLP:AMBER+STRICT',
  'marking-cui': 'CUI//SP-PRVCY',
  'marking-label': 'Sensitivity: Highly Confidential',
  'marking-banner': 'CONFIDENTIAL',
};
