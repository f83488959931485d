import { describe, expect, it } from 'vitest';

import { weighContext } from '@/utils/detect/confidence';
import { markBulkPersonalData } from '@/utils/detect/pii-bulk';
import { scan } from '@/utils/detect/scan';

function severities(text: string): string[] {
  return markBulkPersonalData(text, weighContext(text, scan(text))).map((f) => f.severity);
}

const row = (index: number) =>
  `Person ${index},p${index}.smith@mailbox.org,+44 7700 900${100 + index}`;

describe('bulk personal data', () => {
  it('leaves one e-mail address in a chat at low severity', () => {
    expect(severities('You can reach me at jane.doe@mailbox.org')).toEqual(['low']);
  });

  it('raises every finding of a table with ten or more people to high', () => {
    const table = ['name,email,phone', ...Array.from({ length: 10 }, (_, i) => row(i))].join('\n');
    const result = severities(table);
    expect(result.length).toBe(20);
    expect(new Set(result)).toEqual(new Set(['high']));
  });

  it('keeps a short list of nine people as it is', () => {
    const table = Array.from({ length: 9 }, (_, i) => row(i)).join('\n');
    expect(severities(table)).not.toContain('high');
  });

  it('raises a list with card numbers on two rows', () => {
    const text =
      'Ann, 4556 7375 8689 9855, jan@mailbox.org\nBob, 5425-2334-3010-9903, bob@mailbox.org';
    expect(new Set(severities(text))).toEqual(new Set(['high']));
  });
});

describe('context around personal data', () => {
  it('raises a phone number that belongs to a customer', () => {
    expect(severities('customer phone: +49 30 1234567')).toEqual(['medium']);
  });

  it('lowers an IBAN written as an example, but not for an example.com address', () => {
    expect(severities('for example IBAN DE89370400440532013000')).toEqual(['low']);
    expect(severities('jane@example.com IBAN DE89370400440532013000')).toEqual(['low', 'medium']);
  });
});
