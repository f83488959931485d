import { describe, expect, it } from 'vitest';

import { isPlaceholder } from '@/utils/detect/validators/placeholder';

describe('placeholder detection', () => {
  it.each([
    'sk-xxxxxxxxxxxxxxxxxxxxxxxx',
    '<YOUR_TOKEN>',
    'your-api-key-here',
    '${OPENAI_API_KEY}',
    '{{ vault_password }}',
    '%DB_PASSWORD%',
    '$PGPASSWORD',
    '**********',
    'AKIAIOSFODNN7EXAMPLE',
    'changeme',
    '[redacted]',
    'sk_000000000000000000000',
  ])('treats %s as a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    'sk_0123456789abcdefghijklmnopqrstuvwxyz',
    'Hunter2024!',
    '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',
    'Tr0ub4dor&3',
  ])('treats %s as a real value', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});
