/** How the guard can read a file, decided from its name and type, never from the page. */
export type FileKind = 'text' | 'docx' | 'pdf' | 'image' | 'other';

const TEXT_EXTENSIONS = new Set(
  (
    'txt md markdown csv tsv json jsonl yaml yml toml ini cfg conf env log xml html htm sql sh ' +
    'bash zsh ps1 bat py rb js mjs cjs ts tsx jsx java kt go rs c h cc cpp hpp cs php swift ' +
    'scala r pl lua tf hcl properties pem key crt pub gradle dockerfile gitignore npmrc netrc ' +
    'pgpass rtf'
  ).split(' '),
);

function extensionOf(name: string): string {
  const lower = name.toLowerCase();
  // `.env`, `.env.local` and `production.env` are all environment files.
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) return 'env';

  const dot = lower.lastIndexOf('.');
  return dot === -1 ? lower : lower.slice(dot + 1);
}

export function classifyFile(file: { readonly name: string; readonly type: string }): FileKind {
  const extension = extensionOf(file.name);
  if (extension === 'docx') return 'docx';
  if (extension === 'pdf' || file.type === 'application/pdf') return 'pdf';
  if (file.type.startsWith('image/')) return 'image';
  if (TEXT_EXTENSIONS.has(extension) || file.type.startsWith('text/')) return 'text';
  if (file.type === 'application/json' || file.type === 'application/xml') return 'text';
  return 'other';
}
