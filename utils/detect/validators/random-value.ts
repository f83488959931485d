import { computeEntropy, countCharacterClasses } from './entropy';
import { isKnownExample } from './known-examples';
import { isPlaceholder } from './placeholder';

// `process.env.X`, `os.environ["X"]`, `config.get('x')`, `settings.API_KEY`: read, not written.
const CODE_REFERENCE = /^[A-Z_$][\w$]*(?:(?:\.|::|->)[\w$]+)*(?:[([]|$)/i;
const TYPE_WORDS =
  /^(?:string|str|number|int|bool|boolean|bytes|none|null|nil|undefined|true|false|optional|required)$/i;
// Hex digests, UUIDs and version strings are identifiers, not secrets, whatever their name.
const UUID = /^[\da-f]{8}-(?:[\da-f]{4}-){3}[\da-f]{12}$/i;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
const PATH_OR_URL = /^(?:[a-z][\w+.-]*:\/\/|[~.]?\/|[A-Z]:\\)/i;

/**
 * Whether a value assigned to a secret-sounding name looks generated: long enough, mixed, with
 * the entropy of random characters, and not a reference, a type, a path or a placeholder.
 */
export function isRandomSecretValue(value: string): boolean {
  if (value.length < 8 || /\s/.test(value) || isPlaceholder(value)) return false;
  if (isKnownExample(value)) return false;
  // Backticks quote code in docs; `args[token.index]` is an expression.
  if (value.includes('`') || /[\w$]\[[\w$.]+\]/.test(value)) return false;
  if (TYPE_WORDS.test(value) || VERSION.test(value) || PATH_OR_URL.test(value)) return false;
  if (CODE_REFERENCE.test(value) && !/\d/.test(value)) return false;
  // A call or an index (`createToken(args`, `keys[0]`) is code whatever digits it holds.
  if (/^[a-z_$][\w$.]*[([]/i.test(value)) return false;
  if (/^[\w$]+(?:\.[\w$]+)+(?:\(.*)?$/.test(value) && !/\d{3}/.test(value)) return false;
  if (UUID.test(value)) return false;

  const classes = countCharacterClasses(value);
  const entropy = computeEntropy(value);
  if (value.length < 16) return classes >= 3 && entropy >= 2.8;

  return classes >= 2 && entropy >= 3.3;
}
