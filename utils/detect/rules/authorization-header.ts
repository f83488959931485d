import { fakeToken } from '../fake-token';
import type { Rule, RuleExamples } from '../types';
import { computeEntropy, countCharacterClasses } from '../validators/entropy';
import { isJwtStructure } from '../validators/jwt';
import { isPlaceholder } from '../validators/placeholder';

// A header value worth blocking is long and random: `Bearer abc` in a tutorial is not.
function isOpaqueToken(value: string): boolean {
  return (
    value.length >= 16 &&
    !isPlaceholder(value) &&
    countCharacterClasses(value) >= 2 &&
    computeEntropy(value) >= 3.2
  );
}

const HEADER_LEAD = /(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?/;

export const rules: readonly Rule[] = [
  {
    id: 'authorization-header-bearer',
    category: 'secret',
    severity: 'high',
    title: 'Bearer token in an Authorization header',
    description: 'An `Authorization: Bearer …` header value; it acts as the caller until revoked.',
    keywords: ['bearer'],
    pattern: /Bearer[ \t]{1,4}(?<value>[\w.~+/-]{16,4096}={0,2})(?![\w.~+/=-])/dgi,
    window: { before: 0, after: 4200 },
    validate: (value, context) =>
      HEADER_LEAD.test(
        context.text.slice(Math.max(0, context.start - 40), context.start).toLowerCase(),
      ) &&
      isOpaqueToken(value) &&
      !isJwtStructure(value),
  },
  {
    id: 'authorization-header-token',
    category: 'secret',
    severity: 'high',
    title: 'Token in an Authorization header',
    description: 'An `Authorization: token …` (or `SSWS`, `Api-Key`) header value.',
    keywords: ['authorization'],
    pattern:
      /authorization["']?[ \t]*[:=][ \t]*["']?(?:token|ssws|api-?key|key|klaviyo-api-key)[ \t]{1,4}(?<value>[\w.~+/-]{16,512}={0,2})/dgi,
    window: { before: 0, after: 600 },
    validate: isOpaqueToken,
  },
  {
    id: 'authorization-header-api-key',
    category: 'secret',
    severity: 'high',
    title: 'API key header',
    description: 'An `X-API-Key`-style request header with its value.',
    keywords: [
      'api-key',
      'auth-token',
      'access-token',
      'api-token',
      'subscription-key',
      'private-token',
    ],
    pattern:
      /(?<![\w-])(?:x-api-key|x-auth-token|x-access-token|x-api-token|api-key|ocp-apim-subscription-key|private-token|x-goog-api-key)["']?[ \t]*:[ \t]*["']?(?<value>[\w.~+/-]{16,512}={0,2})/dgi,
    window: { before: 32, after: 600 },
    validate: isOpaqueToken,
  },
];

const TOKEN = fakeToken('auth-header', 40, 'base64url');

export const examples: RuleExamples = {
  'authorization-header-bearer': {
    positive: [
      `curl -H "Authorization: Bearer ${TOKEN}" https://api.internal/v1/me`,
      `headers = {"Authorization": "Bearer ${TOKEN}"}`,
    ],
    negative: [
      "curl -H 'Authorization: Bearer <YOUR_TOKEN>' https://api.example.com",
      'Authorization: Bearer $TOKEN',
      `the bearer ${TOKEN} of this letter`,
    ],
  },
  'authorization-header-token': {
    positive: [`Authorization: token ${TOKEN}`, `Authorization: SSWS ${TOKEN}`],
    negative: ['Authorization: token YOUR_TOKEN_HERE', 'Authorization: token'],
  },
  'authorization-header-api-key': {
    positive: [`-H "X-API-Key: ${TOKEN}"`, `api-key: ${fakeToken('api-key-header', 32, 'hex')}`],
    negative: ['X-API-Key: your-api-key-here', 'x-api-key: <key>'],
  },
};
