import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'assemblyai-api-key',
    title: 'AssemblyAI API key',
    description: 'A key for the AssemblyAI speech API, next to its name.',
    rotationUrl: 'https://www.assemblyai.com/app/api-keys',
    keywords: ['assemblyai', 'assembly_ai'],
    context: ['assemblyai', 'assembly_ai'],
    pattern: /(?<![\w-])[a-f0-9]{32}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'assemblyai-api-key': {
    positive: [`ASSEMBLYAI_API_KEY=${fakeToken('aai', 32, 'hex')}`],
    negative: [fakeToken('aai2', 32, 'hex'), 'ASSEMBLYAI_API_KEY=<key>'],
  },
};
