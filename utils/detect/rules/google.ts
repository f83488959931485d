import type { Rule, RuleExamples } from '../types';
import { isPlaceholder } from '../validators/placeholder';

export const rules: readonly Rule[] = [
  {
    id: 'google-api-key',
    category: 'secret',
    severity: 'high',
    title: 'Google API key',
    description: 'A Google Cloud or Firebase API key; it bills requests to its project.',
    rotationUrl: 'https://console.cloud.google.com/apis/credentials',
    keywords: ['aiza'],
    pattern: /(?<![\w-])AIza[\w-]{35}(?![\w-])/dg,
    validate: (value) => !isPlaceholder(value),
  },
];

export const examples: RuleExamples = {
  'google-api-key': {
    positive: ['GOOGLE_API_KEY=AIzaSyD3kLm9Qw2Xe6Vb1Nc5Hd8Jf4Gs7Tp0Ya2'],
    negative: [
      'AIzaSyD3kLm9Qw2Xe6Vb1Nc5Hd8Jf4Gs7Tp0Ya2UZ',
      'AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
