import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'datadog-api-key',
    title: 'Datadog API key',
    description: 'A Datadog API key, next to its name; it sends data to the account.',
    rotationUrl: 'https://app.datadoghq.com/organization-settings/api-keys',
    keywords: ['datadog', 'dd_api_key', 'dd-api-key'],
    context: ['datadog', 'dd_api_key', 'dd-api-key'],
    pattern: /(?<![\w-])[a-f0-9]{32}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'datadog-app-key',
    title: 'Datadog application key',
    description: 'A Datadog application key, next to its name; it reads data and changes settings.',
    rotationUrl: 'https://app.datadoghq.com/organization-settings/application-keys',
    keywords: ['datadog', 'dd_app_key', 'dd-application-key', 'dd_application_key'],
    context: ['datadog', 'dd_app_key', 'dd-application-key', 'dd_application_key'],
    pattern: /(?<![\w-])(?:[a-f0-9]{40}|ddapp_[A-Za-z0-9]{34})(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'datadog-api-key': {
    positive: [
      `DD_API_KEY=${fakeToken('dd', 32, 'hex')}`,
      `DD-API-KEY: ${fakeToken('dd2', 32, 'hex')}`,
    ],
    negative: [fakeToken('dd3', 32, 'hex'), 'DD_API_KEY=<key>'],
  },
  'datadog-app-key': {
    positive: [`DD_APP_KEY=${fakeToken('dda', 40, 'hex')}`],
    negative: [fakeToken('dda2', 40, 'hex'), 'DD_APP_KEY=<key>'],
  },
};
