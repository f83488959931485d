import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'notion-token',
    title: 'Notion integration token',
    description: 'A Notion integration token; it reads and edits the pages shared with it.',
    rotationUrl: 'https://www.notion.so/profile/integrations',
    keywords: ['ntn_'],
    pattern: /(?<![\w-])ntn_\d{11}[A-Za-z0-9]{35}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'notion-token-legacy',
    title: 'Notion integration token',
    description: 'An older Notion integration token (secret_…), next to its name.',
    rotationUrl: 'https://www.notion.so/profile/integrations',
    keywords: ['notion'],
    context: ['notion'],
    pattern: /(?<![\w-])secret_[A-Za-z0-9]{43}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'notion-token': {
    positive: [`NOTION_TOKEN=ntn_12345678901${fakeToken('ntn2', 35)}`],
    negative: ['ntn_00000000000xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ntn_'],
  },
  'notion-token-legacy': {
    positive: [`NOTION_API_KEY=secret_${fakeToken('notion', 43)}`],
    negative: [`secret_${fakeToken('notion2', 43)}`, 'NOTION_API_KEY=secret_...'],
  },
};
