import type { Rule, RuleExamples } from '../types';
import { computeEntropy, countCharacterClasses } from '../validators/entropy';
import { isDocumentedExample } from '../validators/known-examples';
import { isPlaceholder } from '../validators/placeholder';

// Random keys of 20+ characters almost always mix digits or both cases; kebab-case names
// (`sk-learn-style-name`) do not, and sequential-looking keys still do.
function looksRandom(value: string): boolean {
  const tail = value.slice(3);
  return countCharacterClasses(tail.replace(/[_-]/g, '')) >= 2 && computeEntropy(tail) >= 3;
}

export const rules: readonly Rule[] = [
  {
    id: 'generic-api-key',
    category: 'secret',
    severity: 'medium',
    title: 'API key',
    description: 'A secret key in the common `sk_`/`sk-` format of many API providers.',
    keywords: ['sk_', 'sk-'],
    pattern: /(?<![\w-])sk[_-][\w-]{20,}/dg,
    validate: (value) => looksRandom(value) && !isPlaceholder(value) && !isDocumentedExample(value),
  },
];

export const examples: RuleExamples = {
  'generic-api-key': {
    positive: [
      'They look like this: sk_0123456789abcdefghijklmnopqrstuvwxyz',
      'LLM_KEY=sk-4f9a2c7e1b8d3f6a0c5e9b2d7f1a4c8e',
    ],
    negative: [
      'export OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'the sk-learn-compatible-estimator-interface is documented',
      'disk-0123456789abcdefghijklmnop',
    ],
  },
};
