import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'slack-token',
    title: 'Slack token',
    description: 'A Slack bot, user, app or refresh token; it can read and post in the workspace.',
    rotationUrl: 'https://api.slack.com/authentication/rotation',
    keywords: ['xox'],
    pattern: /(?<![\w-])xox(?:e\.xox[bp]|[abeoprs])-(?:\d{1,16}-){1,4}[A-Za-z0-9]{10,}/dg,
  }),
  defineSecretRule({
    id: 'slack-app-token',
    title: 'Slack app-level token',
    description: 'A Slack app-level token; it opens Socket Mode connections for the app.',
    rotationUrl: 'https://api.slack.com/authentication/token-types',
    keywords: ['xapp-'],
    pattern: /(?<![\w-])xapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[a-f0-9]{64}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'slack-webhook',
    title: 'Slack webhook URL',
    description: 'An incoming-webhook URL; anyone holding it can post into the Slack channel.',
    severity: 'medium',
    rotationUrl: 'https://api.slack.com/messaging/webhooks',
    keywords: ['hooks.slack.com'],
    pattern:
      /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Z0-9]{8,12}\/[A-Z0-9]{8,12}\/[\w/]{20,80}/dg,
    window: { before: 8, after: 200 },
  }),
];

export const examples: RuleExamples = {
  'slack-token': {
    positive: [
      'SLACK_BOT_TOKEN=xoxb-1234567890123-1234567890123-Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1',
      'xoxp-1234567890-1234567890-1234567890123-0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      'xoxe.xoxp-1-Mi0yLTEyMzQ1Njc4OTAtMTIzNDU2Nzg5MC0xMjM0NTY3ODkwMTIz',
    ],
    negative: ['xoxb-xoxb-xoxb-xoxb', 'xoxb-your-token-here', 'xoxb-123-xxxxxxxxxxxxxxxx'],
  },
  'slack-app-token': {
    positive: [
      `SLACK_APP_TOKEN=xapp-1-A0${fakeToken('xapp', 9, 'upper')}-1234567890123-${fakeToken('xapp2', 64, 'hex')}`,
    ],
    negative: ['xapp-1-xxxx', 'xapp-docs'],
  },
  'slack-webhook': {
    positive: ['https://hooks.slack.com/services/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'],
    negative: [
      // Slack's documentation placeholder, not a webhook.
      `https://hooks.slack.com/services/T00000000/B00000000/${'X'.repeat(24)}`,
      'see hooks.slack.com for details',
    ],
  },
};
