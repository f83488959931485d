import { fakeToken, fakeUuid } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'teams-webhook',
    title: 'Microsoft Teams webhook URL',
    description: 'A Teams incoming-webhook URL; anyone holding it can post into the channel.',
    severity: 'medium',
    rotationUrl:
      'https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    keywords: ['webhook.office.com'],
    pattern:
      /https:\/\/[\w-]{1,60}\.webhook\.office\.com\/webhookb2\/[\w@-]{40,100}\/IncomingWebhook\/[a-f0-9]{32}\/[\w-]{36}(?:\/[\w-]{20,80})?/dg,
    window: { before: 48, after: 400 },
  }),
];

export const examples: RuleExamples = {
  'teams-webhook': {
    positive: [
      `https://contoso.webhook.office.com/webhookb2/${fakeUuid('tw1')}@${fakeUuid('tw2')}/IncomingWebhook/${fakeToken('tw3', 32, 'hex')}/${fakeUuid('tw4')}`,
    ],
    negative: ['https://contoso.webhook.office.com/webhookb2/', 'webhook.office.com'],
  },
};
