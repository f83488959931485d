import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    description: 'A Telegram bot token; it reads and sends the bot’s messages.',
    rotationUrl: 'https://core.telegram.org/bots/features#botfather',
    keywords: [':aa'],
    pattern: /(?<![\w:-])\d{8,10}:AA[\w-]{33}(?![\w-])/dg,
    window: { before: 16, after: 64 },
  }),
];

export const examples: RuleExamples = {
  'telegram-bot-token': {
    positive: [`TELEGRAM_BOT_TOKEN=1234567890:AA${fakeToken('tg', 33, 'base64url')}`],
    negative: ['1234567890:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '12:AA short'],
  },
};
