import { fakeUuid } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'hubspot-token',
    title: 'HubSpot private app token',
    description: 'A HubSpot private app token; it reads CRM contacts and deals.',
    rotationUrl: 'https://app.hubspot.com/private-apps',
    keywords: ['pat-na1-', 'pat-eu1-'],
    pattern:
      /(?<![\w-])pat-(?:na|eu)1-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'hubspot-token': {
    positive: [`HUBSPOT_TOKEN=pat-na1-${fakeUuid('hubspot')}`],
    negative: ['pat-na1-00000000-0000-0000-0000-000000000000', 'pat-na1-'],
  },
};
