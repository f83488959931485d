import { isPlaceholder } from './placeholder';

// Values that stand for "a password goes here" in docs, compose files and tutorials.
const STAND_INS = new Set(
  (
    'password passwd pass pwd secret changeme admin root test guest user username postgres mysql ' +
    'redis mongo rabbitmq example foo bar baz dbpass dbpassword mypassword yourpassword ' +
    'passw0rd p4ssword pa55word secret123 password123 token apikey api_key key null none'
  ).split(' '),
);

// `$DB_PASS`, `%s`, `{password}`, `:password`, `***`, `…`: a reference or a mask, not a value.
const REFERENCE = /^(?:[$%{<[*:…]|\.{3})/;

/**
 * Whether the password part of `user:password` (in a URL, connection string or header) is a
 * real value rather than a default, a template or a copy of the user name.
 */
export function isRealCredential(user: string, password: string): boolean {
  if (password.length < 3 || password === user) return false;
  if (REFERENCE.test(password) || isPlaceholder(password)) return false;

  return !STAND_INS.has(password.toLowerCase().replace(/^["']|["']$/g, ''));
}

/** Splits `user:password` at the first colon; the password may itself hold colons. */
export function splitUserInfo(userInfo: string): readonly [string, string] {
  const colon = userInfo.indexOf(':');
  return colon === -1 ? [userInfo, ''] : [userInfo.slice(0, colon), userInfo.slice(colon + 1)];
}

// RFC 2606 and RFC 6761 names: documentation, tests and this machine, never a real server.
const DOCUMENTATION_HOST =
  /^(?:(?:[\w-]+\.)*example(?:\.(?:com|net|org))?|(?:[\w-]+\.)*(?:test|invalid|localhost))$/i;

/** Whether the host after `user:password@` (read from `text` at `at`) is a documentation name. */
export function hasDocumentationHost(text: string, at: number): boolean {
  const host = /^[\w.-]{1,253}/.exec(text.slice(at, at + 253))?.[0] ?? '';
  return DOCUMENTATION_HOST.test(host);
}
