import type { MatchContext, Rule, RuleExamples } from '../types';
import { textBefore } from '../validators/context';
import { isPlaceholder } from '../validators/placeholder';

// Shorter values are initials, units and placeholders far more often than passwords.
const MIN_LENGTH = 4;

// Words that follow "password:" or "password is" in forms, docs and code rather than secrets.
const NOT_PASSWORDS = new Set(
  (
    'required optional incorrect invalid wrong missing empty none null nil undefined true false ' +
    'string str number text hidden protected set reset changed expired same different correct ' +
    'valid strong weak too not the a an your my our their this that for and or field input ' +
    'hash hashed encrypted erforderlich falsch ungültig nicht zu das ein requis obligatoire ' +
    'trop pas obligatoria incorrecta requerida demasiado no'
  ).split(' '),
);

// `password: pass`, `req.body.password`, `getenv(`: the value is read from code, not written.
const IDENTIFIER_PATH = /^[A-Z_$][\w$]*(?:\.[A-Z_$][\w$]*)*(?:[([]|$)/i;
const PATH = /^(?:~|\.{1,2})?\/[\w.-]*(?:\/|$)/;
const SENTENCE_LEAD =
  /(?:is|was|ist|lautet|war|est|es|era)(?:[ \t]+(?::[ \t]+)?|:[ \t]+)["'“„«]?$/i;

function isSentenceForm({ text, start }: MatchContext): boolean {
  return SENTENCE_LEAD.test(text.slice(Math.max(0, start - 16), start));
}

// In prose ("the password is …") and in quoted messages ("Wrong password") words are far more
// common than passwords, so there a value must look chosen: a digit, a symbol or an inner capital.
function looksLikeChosenPassword(value: string): boolean {
  if (value.length < 6) return false;

  return /[\d_]|[^\w\s]/.test(value) || /[a-z\d][A-Z]/.test(value);
}

// A bare word without digits is far more often a variable than a password; `Sommer2026` is not.
function isCodeReference(value: string): boolean {
  return IDENTIFIER_PATH.test(value) && (/[.([]/.test(value) || !/\d/.test(value));
}

// `Password is correct.&quot;` in HTML: the entity and what follows it are markup.
function stripMarkup(value: string): string {
  const core = value.replace(/&(?:quot|apos|lt|gt|amp|#\d{2})[\s\S]*$/i, '');
  let end = core.length;
  while (end > 0 && '.,;:!?'.includes(core.charAt(end - 1))) end--;
  return core.slice(0, end);
}

function isDisclosedPassword(matched: string, context: MatchContext): boolean {
  const value = stripMarkup(matched);
  if (value.length < MIN_LENGTH || isPlaceholder(value) || PATH.test(value)) return false;
  if (NOT_PASSWORDS.has(value.toLowerCase())) return false;
  if (isSentenceForm(context)) return looksLikeChosenPassword(value);

  // A quoted value is a literal even when it looks like code; with spaces it may be a message.
  if (/["']/.test(context.text.charAt(context.start - 1))) {
    return !/\s/.test(value) || looksLikeChosenPassword(value);
  }

  return !isCodeReference(value);
}

// `mysql -pS3cret`, `sshpass -p pw`, `--password pw`: only on a command line that takes one.
const PASSWORD_COMMANDS =
  /\b(?:mysql|mysqldump|mariadb|sshpass|psql|mongo(?:sh|dump|restore)?|redis-cli|smbclient|net use|runas|sqlcmd|docker login|htpasswd)\b/;

function isCommandLinePassword(value: string, context: MatchContext): boolean {
  const line = textBefore(context, 300).toLowerCase();
  // `mysql -p shop` prompts for the password; only sshpass takes it after a space.
  const isSpaced = context.text.slice(context.start - 3, context.start) === '-p ';
  if (isSpaced && !line.includes('sshpass')) return false;

  return PASSWORD_COMMANDS.test(line) && isDisclosedPassword(value, context) && value.length >= 6;
}

export const rules: readonly Rule[] = [
  {
    id: 'password-assignment',
    category: 'secret',
    severity: 'high',
    title: 'Password',
    description: 'A password written out, as a setting (`password: …`) or in a sentence.',
    keywords: ['pass', 'pw', 'kennwort', 'mot de passe', 'contrase'],
    // Every label starts with one of the keywords, so one anchored try per hit is enough.
    anchored: true,
    // Three shapes after the label: a quoted value, an unquoted value up to the next space
    // (trailing `.,;` excluded), or a sentence ("… is X.") without its final punctuation. Each
    // takes at least MIN_LENGTH characters, as the validator would refuse a shorter one anyway:
    // `pwd= x1` repeated 8,000 times must fail inside the regex, not build a match per label.
    pattern:
      /(?<![A-Z0-9])(?:pass(?:word|wort|wd)|pwd?|kennwort|mot de passe|contrase[nñ]a)(?:["']?[ \t]{0,4}(?::=|[:=])[ \t]{0,4}(?:"(?<valueDouble>[^"\r\n]{4,128})"|'(?<valueSingle>[^'\r\n]{4,128})'|(?<value>[^\s"'`,;)\]}]{3,127}[^\s"'`,;)\]}.:]))|[ \t]{1,4}(?:is|was|ist|lautet|war|est|es|era)(?:[ \t]{0,4}:)?[ \t]{1,4}["'“„«]?(?<valueSentence>[^\s"'“”„«»]{3,127}[^\s"'“”„«».,;:!?)]))/dgi,
    validate: isDisclosedPassword,
  },
  {
    id: 'password-cli',
    category: 'secret',
    severity: 'high',
    title: 'Password on a command line',
    description: 'A password given to a database or login command: `mysql -pS3cret`, `-P pw`.',
    keywords: [' -p', ' --pass', ' -a '],
    pattern:
      /(?<=\s)(?:-p[ \t]?|-P[ \t]|-a[ \t]|--password[ \t]|--pass[ \t])["']?(?<value>[^\s"'-][^\s"']{3,127})/dg,
    window: { before: 0, after: 200 },
    validate: isCommandLinePassword,
  },
];

export const examples: RuleExamples = {
  'password-assignment': {
    positive: [
      'password: Hunter2024!',
      'login(user, password: Sommer2026)',
      'pw=Sommer2026',
      'DB_PASSWORD="correct horse battery 42"',
      'Mein Passwort ist Hallotest123.',
      'fyi the staging db password is Tr0ub4dor&3 until Friday',
      'mon mot de passe est Soleil2026!',
      'mi contraseña es Verano#2026',
    ],
    negative: [
      'password: <YOUR_PASSWORD>',
      'The password is required.',
      'password: string;',
      'password = req.body.password',
      'url.password = password;',
      'setPassword(password: string): void;',
      'WRONG_PASSWORD: "Wrong Password",',
      '{password:e,rawPassword:t,signed:n}',
      'PWD=/home/alice',
      'the password is 8-16 characters long',
      'password: ${DB_PASSWORD}',
    ],
  },
  'password-cli': {
    positive: ['mysql -u root -pS3cr3t!2026 shop', 'sshpass -p Tr0ub4dor&3 ssh deploy@10.0.0.7'],
    negative: ['mysql -u root -p shop', 'ls -p /tmp', 'mysql -u root -p$DB_PASSWORD shop'],
  },
};
