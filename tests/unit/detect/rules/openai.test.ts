import { describe, expect, it } from 'vitest';

import {
  ANTHROPIC_API_KEY,
  OPENAI_LEGACY_KEY,
  OPENAI_PROJECT_KEY,
} from '../../../support/fake-keys';
import { findRuleIds, findValues } from '../scan-helpers';

describe('openai-api-key', () => {
  it('finds a project key in an env block', () => {
    expect(findValues(`OPENAI_API_KEY=${OPENAI_PROJECT_KEY}\nDEBUG=1`, 'openai-api-key')).toEqual([
      OPENAI_PROJECT_KEY,
    ]);
  });

  it('includes a trailing dash or underscore in the key', () => {
    expect(findValues(`${OPENAI_PROJECT_KEY}-`, 'openai-api-key')).toEqual([
      `${OPENAI_PROJECT_KEY}-`,
    ]);
    expect(findValues(`${OPENAI_PROJECT_KEY}_ rest`, 'openai-api-key')).toEqual([
      `${OPENAI_PROJECT_KEY}_`,
    ]);
  });

  it('finds an older key by the T3BlbkFJ marker', () => {
    expect(findRuleIds(`key=${OPENAI_LEGACY_KEY}`)).toEqual(['openai-api-key']);
  });

  it('leaves an Anthropic key to the Anthropic rule', () => {
    expect(findRuleIds(ANTHROPIC_API_KEY)).toEqual(['anthropic-api-key']);
  });

  it('ignores a placeholder made of x', () => {
    expect(findRuleIds('sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toEqual([]);
  });
});
