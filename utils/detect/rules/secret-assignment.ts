import { fakeToken } from '../fake-token';
import type { MatchContext, Rule, RuleExamples } from '../types';
import { isRandomSecretValue } from '../validators/random-value';

// `public_key`, `publishable_key`, `token_type`: the name says the value is meant to be seen.
const PUBLIC_NAME = /public|publishable|_pub_|type|name|url|uri|path|file|length|count|size|expir/i;

function isAssignedSecret(value: string, { text, start }: MatchContext): boolean {
  const lead = text.slice(Math.max(0, start - 64), start);
  const name = /[\w.-]{0,48}["']?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["']?$/.exec(lead)?.[0] ?? '';
  return !PUBLIC_NAME.test(name) && isRandomSecretValue(value);
}

// Words people use for "my key is …" in English, German, French and Spanish.
const SENTENCE_LEAD = /(?:is|was|ist|lautet|war|est|es|era)[ \t]*(?::[ \t]*)?["'“„«]?$/i;

function isDisclosedSecret(value: string, context: MatchContext): boolean {
  const lead = context.text.slice(Math.max(0, context.start - 16), context.start);
  return SENTENCE_LEAD.test(lead) && isRandomSecretValue(value);
}

export const rules: readonly Rule[] = [
  {
    id: 'secret-assignment',
    category: 'secret',
    // Medium: a named provider rule (high) wins the same span and says what the key opens.
    severity: 'medium',
    title: 'Secret in a setting',
    description:
      'A random value assigned to a name like `api_key`, `client_secret` or `auth_token` in code, .env, JSON, YAML, TOML or a shell.',
    keywords: ['secret', 'token', 'key', 'credential'],
    // The name ends in the secret word; then `=`, `:`, `:=` or `=>`; then a quoted or bare value.
    pattern:
      /(?<![\w.-])[\w.-]{0,40}(?:secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|signing[_-]?key|encryption[_-]?key|master[_-]?key|credentials?)["']?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}(?:"(?<valueDouble>[^"\r\n]{8,256})"|'(?<valueSingle>[^'\r\n]{8,256})'|(?<value>[^\s"'`,;)\]}]{8,256}))/dgi,
    window: { before: 48, after: 360 },
    validate: isAssignedSecret,
  },
  {
    id: 'secret-assignment-sentence',
    category: 'secret',
    severity: 'high',
    title: 'Secret in a sentence',
    description:
      'An API key or token given in a sentence: "my API key is …", "mein Token lautet …".',
    keywords: ['key', 'token', 'secret', 'schlüssel', 'clé', 'clave', 'jeton', 'geheimnis'],
    pattern:
      /(?:api[ -]?key|token|secret|schlüssel|clé(?: d'api| api)?|clave(?: de api| api)?|jeton|geheimnis)[ \t]{1,4}(?:is|was|ist|lautet|war|est|es|era)[ \t]{1,4}:?[ \t]{0,4}["'“„«]?(?<value>[^\s"'“”„«»]{7,255}[^\s"'“”„«».,;:!?)])/dgiu,
    window: { before: 16, after: 360 },
    validate: isDisclosedSecret,
  },
];

const VALUE = fakeToken('secret-assignment', 32, 'base64url');

export const examples: RuleExamples = {
  'secret-assignment': {
    positive: [
      `SERVICE_API_KEY=${VALUE}`,
      `{"client_secret": "${VALUE}"}`,
      `auth_token: '${VALUE}'`,
      `[server]\nsigning_key = "${VALUE}"`,
      `const apiKey = "${VALUE}";`,
    ],
    negative: [
      'api_key = process.env.API_KEY',
      'token = os.environ["TOKEN"]',
      'SECRET_KEY=your-secret-key-here',
      'max_tokens = 4096',
      'token_type: bearer',
      'secret_name = "prod/db/password"',
      'apiKey: ${API_KEY}',
      `public_key = "${VALUE}"`,
      'cache_key = "3f2b8c1e-9d4a-4e7b-a1c3-5f6e7d8c9b0a"',
    ],
  },
  'secret-assignment-sentence': {
    positive: [
      `my API key is ${VALUE}`,
      `Mein API-Schlüssel lautet ${VALUE}.`,
      `ma clé API est ${VALUE}`,
      `mi clave de API es ${VALUE}`,
    ],
    negative: ['the secret is patience', 'the token is valid for one hour', 'the key is 2048 bits'],
  },
};
