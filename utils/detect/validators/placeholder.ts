// Words that mark documentation or templates rather than a real credential.
const PLACEHOLDER_WORDS = [
  'example',
  'placeholder',
  'changeme',
  'change_me',
  'change-me',
  'dummy',
  'sample',
  'redacted',
  'your_',
  'your-',
  'yourapi',
  'yourkey',
  'yourtoken',
  'yoursecret',
  'yourpassword',
  'xxxx',
];

// Template syntax: <YOUR_TOKEN>, ${VAR}, {{var}}, %VAR%, $VAR, [secret]. A value may be cut
// short at a space or a bracket, so an opening `<`, `${` or `{{` is enough.
const TEMPLATE_SHAPES = [/^</, /<[^<>]*>/, /\$\{/, /\{\{/, /^%\w+%$/, /^\$\w+$/, /^\[.*\]$/];

// Six identical characters in a row (`******`, `000000`) are a mask or a filler, not random.
const REPEATED_RUN = /(.)\1{5}/;

/** Whether a matched value is a stand-in that people paste from docs, not a real secret. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.some((word) => lower.includes(word))) return true;
  if (TEMPLATE_SHAPES.some((shape) => shape.test(value))) return true;

  return REPEATED_RUN.test(value);
}
