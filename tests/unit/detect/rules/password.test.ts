import { describe, expect, it } from 'vitest';

import { findRule } from '@/utils/detect/registry';
import { findValues } from '../scan-helpers';

function findPasswords(text: string): string[] {
  return findValues(text, 'password-assignment');
}

describe('password-assignment', () => {
  it.each([
    ['password: Hunter2024!', 'Hunter2024!'],
    ['pw=Sommer2026', 'Sommer2026'],
    ['passwd = s3cr3t;', 's3cr3t'],
    ['pwd:=Qwer7zui', 'Qwer7zui'],
    ['"password": "correct horse battery 7"', 'correct horse battery 7'],
    ["DB_PASSWORD='p@ss w0rd'", 'p@ss w0rd'],
    ['https://app.test/login?user=jo&password=Blume2026', 'Blume2026'],
  ])('finds the value in the setting %s', (text, value) => {
    expect(findPasswords(text)).toEqual([value]);
  });

  it.each([
    ['Mein Passwort ist Hallotest123', 'Hallotest123'],
    ['Mein Passwort ist Hallotest123.', 'Hallotest123'],
    ['the staging db password is Tr0ub4dor&3 until Friday', 'Tr0ub4dor&3'],
    ['My password is: "Blue-Sky-77"!', 'Blue-Sky-77'],
    ['mon mot de passe est Soleil2026 !', 'Soleil2026'],
    ['mi contraseña es Verano#2026.', 'Verano#2026'],
    ['The WiFi password is 84719265, enjoy', '84719265'],
  ])('finds the password in the sentence %s, without trailing punctuation', (text, value) => {
    expect(findPasswords(text)).toEqual([value]);
  });

  it.each([
    'password: <YOUR_PASSWORD>',
    'password is required',
    'Your password is incorrect.',
    'The password is too short',
    'Passwort ist erforderlich',
    'password: string;',
    'password: ${DB_PASSWORD}',
    'password=$PGPASSWORD',
    'password = req.body.password',
    'password: os.environ["PW"]',
    'PWD=/home/alice/projects',
    'password: ********',
    'Reset your password here.',
    'the password is 8-16 characters long',
    'password_hash: 5f4dcc3b5aa765d61d8327deb882cf99',
    'npw=Sommer2026',
    'url.password = password;',
    "const password = 'Password used to generate key';",
    '{password:b,rawPassword:x,zipCrypto:O}',
    'e.password=null;',
  ])('stays quiet on %s', (text) => {
    expect(findPasswords(text)).toEqual([]);
  });

  it.each(['pw=ab1', 'pwd= x1', 'password: "abc"', "passwd='ab'", 'the password is x9Z'])(
    'refuses the value too short to be a password inside the pattern: %s',
    (text) => {
      const pattern = findRule('password-assignment')?.pattern;

      expect(pattern && new RegExp(pattern.source, pattern.flags).exec(text)).toBeNull();
    },
  );

  it('finds the one password among 8,000 labels with short values', () => {
    const labels = 'pwd= x1 '.repeat(4_096);

    expect(findPasswords(`${labels}pwd=Sommer2026 ${labels}`)).toEqual(['Sommer2026']);
  });
});
