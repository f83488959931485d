import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'ngrok-authtoken',
    title: 'ngrok authtoken or API key',
    description:
      'An ngrok authtoken, API key or access token; it opens tunnels or drives the account.',
    rotationUrl: 'https://dashboard.ngrok.com/get-started/your-authtoken',
    keywords: ['ngrok'],
    context: ['ngrok'],
    // Authtokens and API keys share one form, FIRSTPART_SECONDPART
    // (https://ngrok.com/docs/errors/err_ngrok_207/); older authtokens have a shorter first
    // part. Access tokens, which replace both, begin with `ngrok_pat_`
    // (https://ngrok.com/docs/iam/access-tokens/); the docs give no length.
    pattern:
      /(?<![\w-])(?:(?<value>\d[A-Z0-9]{20,26}_[A-Z0-9]{20,22})|ngrok_pat_(?<valuePat>\w{20,120}))(?![\w-])/dgi,
  }),
];

export const examples: RuleExamples = {
  'ngrok-authtoken': {
    positive: [
      `ngrok config add-authtoken 2${fakeToken('ngrok', 26)}_${fakeToken('ngrok2', 21)}`,
      `ngrok authtoken 1${fakeToken('ngrok-old', 20)}_${fakeToken('ngrok-old2', 21)}`,
      `NGROK_API_KEY=2${fakeToken('ngrok-api', 26)}_${fakeToken('ngrok-api2', 21)}`,
      `token: ngrok_pat_${fakeToken('ngrok-pat', 48)}`,
    ],
    negative: [
      `2${fakeToken('ngrok3', 26)}_${fakeToken('ngrok4', 21)}`,
      'ngrok config add-authtoken <token>',
      'ngrok config add-authtoken ngrok_pat_<your-token>',
    ],
  },
};
