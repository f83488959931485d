import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'discord-bot-token',
    title: 'Discord bot token',
    description: 'A Discord bot token; it acts as the bot on every server it joined.',
    rotationUrl: 'https://discord.com/developers/applications',
    keywords: ['discord', 'bot '],
    context: ['discord', 'bot '],
    pattern: /(?<![\w.-])[MNO][\w-]{23,27}\.[\w-]{6}\.[\w-]{27,40}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'discord-webhook',
    title: 'Discord webhook URL',
    description: 'A Discord webhook URL; anyone holding it can post into the channel.',
    severity: 'medium',
    rotationUrl: 'https://support.discord.com/hc/en-us/articles/228383668',
    keywords: ['discord'],
    pattern:
      /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[\w-]{60,80}/dg,
    window: { before: 24, after: 200 },
  }),
];

export const examples: RuleExamples = {
  'discord-bot-token': {
    positive: [
      `DISCORD_TOKEN=M${fakeToken('dc', 25, 'base64url')}.${fakeToken('dc2', 6, 'base64url')}.${fakeToken('dc3', 38, 'base64url')}`,
    ],
    negative: [
      `M${fakeToken('dc4', 25, 'base64url')}.${fakeToken('dc5', 6, 'base64url')}.${fakeToken('dc6', 38, 'base64url')} alone`,
      'DISCORD_TOKEN=<token>',
    ],
  },
  'discord-webhook': {
    positive: [
      `https://discord.com/api/webhooks/123456789012345678/${fakeToken('dwh', 68, 'base64url')}`,
    ],
    negative: ['https://discord.com/api/webhooks/123/abc', 'https://discord.com/developers/docs'],
  },
};
