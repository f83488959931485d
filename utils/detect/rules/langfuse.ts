import { fakeUuid } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'langfuse-secret-key',
    title: 'Langfuse secret key',
    description: 'A Langfuse project secret key; it reads and writes traces.',
    rotationUrl: 'https://langfuse.com/docs',
    keywords: ['sk-lf-'],
    pattern:
      /(?<![\w-])sk-lf-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'langfuse-secret-key': {
    positive: [`LANGFUSE_SECRET_KEY=sk-lf-${fakeUuid('langfuse')}`],
    negative: [`pk-lf-${fakeUuid('langfuse2')}`, 'sk-lf-00000000-0000-0000-0000-000000000000'],
  },
};
