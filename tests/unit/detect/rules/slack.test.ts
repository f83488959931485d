import { describe, expect, it } from 'vitest';

import { SLACK_BOT_TOKEN, SLACK_WEBHOOK_URL } from '../../../support/fake-keys';
import { findRuleIds, findValues } from '../scan-helpers';

describe('slack rules', () => {
  it('finds a bot token', () => {
    expect(findValues(`SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}`, 'slack-token')).toEqual([
      SLACK_BOT_TOKEN,
    ]);
  });

  it('finds a refresh token', () => {
    expect(findRuleIds('xoxe-1-My0xLTEyMzQ1Njc4OTAtMTIzNDU2Nzg5MC0xMjM0NTY3')).toEqual([
      'slack-token',
    ]);
  });

  it('finds a webhook URL', () => {
    expect(findValues(`post to ${SLACK_WEBHOOK_URL}`, 'slack-webhook')).toEqual([
      SLACK_WEBHOOK_URL,
    ]);
  });

  it('ignores a token prefix without a token', () => {
    expect(findRuleIds('set SLACK_TOKEN to your xoxb- token')).toEqual([]);
  });
});
