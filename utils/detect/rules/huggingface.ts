import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'huggingface-token',
    title: 'Hugging Face token',
    description: 'A Hugging Face access token; it can read or write models, datasets and Spaces.',
    rotationUrl: 'https://huggingface.co/settings/tokens',
    keywords: ['hf_'],
    pattern: /(?<![\w-])hf_[A-Za-z]{34}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'huggingface-org-token',
    title: 'Hugging Face organization token',
    description: 'A legacy Hugging Face organization API token.',
    rotationUrl: 'https://huggingface.co/settings/tokens',
    keywords: ['api_org_'],
    pattern: /(?<![\w-])api_org_[A-Za-z]{34}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'huggingface-token': {
    positive: [
      `HF_TOKEN=hf_${fakeToken('hf', 34, 'letters')}`,
      `huggingface-cli login --token hf_${fakeToken('hf2', 34, 'letters')}`,
    ],
    negative: ['hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'hf_hub_download_model_weights_file'],
  },
  'huggingface-org-token': {
    positive: [`api_org_${fakeToken('hforg', 34, 'letters')}`],
    negative: ['api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'api_org_settings'],
  },
};
