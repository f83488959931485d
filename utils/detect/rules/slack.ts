import type { Rule, RuleExamples } from '../types';
import { isPlaceholder } from '../validators/placeholder';

export const rules: readonly Rule[] = [
  {
    id: 'slack-token',
    category: 'secret',
    severity: 'high',
    title: 'Slack token',
    description: 'A Slack bot, user, app or refresh token; it can read and post in the workspace.',
    rotationUrl: 'https://api.slack.com/authentication/rotation',
    keywords: ['xox'],
    // Bot and user tokens carry numeric team/user ids before the random tail; configuration and
    // refresh tokens (`xoxe.xoxp-1-…`, `xoxe-1-…`) carry a version number.
    pattern: /(?<![\w-])xox(?:e\.xox[bp]|[abeoprs])-(?:\d{1,16}-){1,4}[A-Za-z0-9]{10,}/dg,
    validate: (value) => !isPlaceholder(value),
  },
  {
    id: 'slack-webhook',
    category: 'secret',
    severity: 'medium',
    title: 'Slack webhook URL',
    description: 'An incoming-webhook URL; anyone holding it can post into the Slack channel.',
    rotationUrl: 'https://api.slack.com/messaging/webhooks',
    keywords: ['hooks.slack.com'],
    pattern:
      /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Z0-9]{8,12}\/[A-Z0-9]{8,12}\/[\w/]{20,80}/dg,
    validate: (value) => !isPlaceholder(value),
  },
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
  'slack-webhook': {
    positive: ['https://hooks.slack.com/services/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'],
    negative: [
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'see hooks.slack.com for details',
    ],
  },
};
