import { fingerprintText } from '../../../utils/detect/fingerprint';
import { hashTerm, termBucket } from '../../../utils/detect/hashed-terms';
import { normalizeTerm } from '../../../utils/detect/words';
import { DEFAULT_POLICY } from '../../../utils/policy/default-policy';

// Made-up people and companies; the card number passes Luhn but belongs to no one.
export const CUSTOMER_NAME = 'Halvorsen Maritime';
// A second name whose prefilter value is above 2^30, to show large integers survive Chrome.
const CUSTOMER_NAMES = [CUSTOMER_NAME, 'Nordvik Rederi'].map(normalizeTerm);

export const BOARD_MEMO = `CONFIDENTIAL

Board memo: acquisition of a logistics partner

The board approved the purchase of the coastal freight business for forty-two million euros.
Closing is planned for the end of the third quarter, subject to approval by the competition
authority. Staff of both companies will be informed after signing, and until then the deal is
known internally as Project Lighthouse. The finance team will present the integration budget at
the November meeting, together with the financing terms agreed with the lenders.`;

// The memo as an administrator fingerprints it: the body, not the marking.
const FINGERPRINTED_TEXT = BOARD_MEMO.slice(BOARD_MEMO.indexOf('The board approved'));

/** Three sentences of the memo, re-typed: other case, other line breaks, no punctuation. */
export const MEMO_EXCERPT =
  'can you make this sound friendlier?\n\n' +
  FINGERPRINTED_TEXT.replace(/\n/g, ' ')
    .split('. ')
    .slice(0, 3)
    .join('.  ')
    .toUpperCase()
    .replace(/[,-]/g, ' ');

export function customerTable(rows: number): string {
  const lines = Array.from({ length: rows }, (_, index) => {
    const number = String(index + 10).padStart(2, '0');
    return `Customer ${number}\tcustomer${number}@fjordpost.no\t+47 912 34 5${number}`;
  });
  return ['Name\tE-mail\tPhone', ...lines].join('\n');
}

const SALT = 'e2e-documents';

/** The managed policy an administrator would push: one hashed name, one fingerprinted memo. */
export const DOCUMENTS_POLICY = {
  organization: { name: 'Example Corp', contact: 'security@example.com' },
  hashedTerms: {
    salt: SALT,
    hashes: CUSTOMER_NAMES.map((name) => hashTerm(SALT, name)),
    buckets: CUSTOMER_NAMES.map((name) => termBucket(SALT, name)),
    severity: 'high',
  },
  fingerprints: [{ title: 'Board memo Q3', hashes: fingerprintText(FINGERPRINTED_TEXT) }],
  fingerprintThreshold: 6,
  actions: DEFAULT_POLICY.actions,
};
