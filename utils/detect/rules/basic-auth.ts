import { fakeToken } from '../fake-token';
import type { MatchContext, Rule, RuleExamples } from '../types';
import { decodeBase64 } from '../validators/base64';
import { textBefore } from '../validators/context';
import { hasDocumentationHost, isRealCredential, splitUserInfo } from '../validators/credentials';

function hasRealUrlPassword(value: string, { text, start, end }: MatchContext): boolean {
  const before = text.slice(Math.max(0, start - 130), start - 1);
  if (hasDocumentationHost(text, end + 1)) return false;

  return isRealCredential(before.slice(before.lastIndexOf('/') + 1), value);
}

// `Basic dXNlcjpwYXNz` is only a credential when it decodes to `user:password`.
function isEncodedCredential(value: string): boolean {
  const decoded = decodeBase64(value);
  if (!/^[\x20-\x7e]+$/.test(decoded) || !decoded.includes(':')) return false;

  const [user, password] = splitUserInfo(decoded);
  return isRealCredential(user, password);
}

function hasRealCliPassword(value: string, context: MatchContext): boolean {
  const [user, password] = splitUserInfo(value);
  const line = textBefore(context, 300).toLowerCase();
  return /\b(?:curl|wget|http)\b/.test(line) && isRealCredential(user, password);
}

export const rules: readonly Rule[] = [
  {
    id: 'basic-auth-url',
    category: 'secret',
    severity: 'high',
    title: 'Password in a web address',
    description: 'A `https://user:password@host` address; the password opens the site or API.',
    keywords: ['http'],
    pattern: /https?:\/\/[^\s:/@?#"'<>]{1,128}:(?<value>[^\s@/?#"'<>]{1,256})@[\w[-]/dgi,
    window: { before: 0, after: 500 },
    validate: hasRealUrlPassword,
  },
  {
    id: 'basic-auth-header',
    category: 'secret',
    severity: 'high',
    title: 'Basic authentication header',
    description: 'An `Authorization: Basic` header; its base64 is the user name and password.',
    keywords: ['basic '],
    pattern: /Basic[ \t]{1,4}(?<value>[A-Za-z\d+/]{8,400}={0,2})(?![\w+/=])/dg,
    window: { before: 0, after: 500 },
    validate: isEncodedCredential,
  },
  {
    id: 'basic-auth-cli',
    category: 'secret',
    severity: 'high',
    title: 'Password on a curl or wget command line',
    description: 'A `curl -u user:password` style command; the password opens the site or API.',
    keywords: ['-u ', '--user', '--http-user'],
    pattern:
      /(?<![\w-])(?:-u|--user|--http-user)[ =]["']?(?<value>[^\s:"']{1,64}:[^\s"']{1,128})/dg,
    window: { before: 0, after: 300 },
    validate: hasRealCliPassword,
  },
];

const PASSWORD = fakeToken('basic', 14);

export const examples: RuleExamples = {
  'basic-auth-url': {
    positive: [
      `git clone https://deploy:${PASSWORD}@git.internal/team/app.git`,
      `proxy: http://svc-proxy:${PASSWORD}@proxy.corp:3128`,
    ],
    negative: [
      'https://user:password@example.com',
      'https://example.com/a:b@c',
      'see http://localhost:8080/@admin',
    ],
  },
  'basic-auth-header': {
    positive: [`Authorization: Basic ${btoa(`admin:${PASSWORD}`)}`],
    negative: ['Authorization: Basic dXNlcjpwYXNzd29yZA==', 'a basic understanding of it'],
  },
  'basic-auth-cli': {
    positive: [`curl -u admin:${PASSWORD} https://api.internal/v1/users`],
    negative: ['curl -u $USER:$PASS https://api.internal', 'useradd -u 1000:1000 alice'],
  },
};
