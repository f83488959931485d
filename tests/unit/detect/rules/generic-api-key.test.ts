import { describe, expect, it } from 'vitest';

import { findRuleIds } from '../scan-helpers';

describe('generic-api-key', () => {
  it('finds sk_ followed by 20+ key characters, even when they look sequential', () => {
    expect(findRuleIds('They look like this: sk_0123456789abcdefghijklmnopqrstuvwxyz')).toEqual([
      'generic-api-key',
    ]);
  });

  it('finds an sk- key ending in a dash', () => {
    expect(findRuleIds('key sk-4f9a2c7e1b8d3f6a0c5e9b2d7f1a4c8e-')).toEqual(['generic-api-key']);
  });

  it.each([
    'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'sk-your-api-key-goes-right-here',
    'sk-learn-compatible-estimator-interface',
    'sk_short123',
    'task_0123456789abcdefghijklmnopqrstuvwxyz',
  ])('ignores %s', (text) => {
    expect(findRuleIds(text)).toEqual([]);
  });
});
