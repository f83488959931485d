// Just enough of Apple's XML property list format to read the policy out of a .mobileconfig:
// dict, array, string, integer, real, true and false. Anything else throws.

type Token =
  | { readonly kind: 'open' | 'close' | 'empty'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const TAG = /<(\/?)([a-z]+)(?:\s[^>]*)?(\/?)>/iy;
const TEXT = /[^<]+/y;

function tokenize(xml: string): Token[] {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>/, '').replace(/^\s*<!DOCTYPE[^>]*>/, '');
  const tokens: Token[] = [];
  let offset = 0;
  while (offset < body.length) {
    TAG.lastIndex = offset;
    TEXT.lastIndex = offset;
    const tag = TAG.exec(body);
    const text = tag ? null : TEXT.exec(body);
    if (tag) {
      const [, closing, name = '', selfClosing] = tag;
      const kind = closing ? 'close' : selfClosing ? 'empty' : 'open';
      tokens.push({ kind, name });
      offset = TAG.lastIndex;
    } else if (text) {
      tokens.push({ kind: 'text', text: decodeEntities(text[0]) });
      offset = TEXT.lastIndex;
    } else {
      throw new Error(`cannot read the plist at offset ${offset}`);
    }
  }

  return tokens;
}

class Reader {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** The next element, skipping the white space between elements. */
  next(): Token | undefined {
    let token = this.tokens[this.index++];
    while (token?.kind === 'text' && token.text.trim() === '') token = this.tokens[this.index++];
    return token;
  }

  /** The text up to the closing tag of `name`; empty when there is none. */
  textUntilClose(name: string): string {
    const token = this.tokens[this.index];
    const text = token?.kind === 'text' ? token.text : '';
    if (token?.kind === 'text') this.index++;
    this.expectClose(name);
    return text;
  }

  /** The element a loop just stopped at must close `name`. */
  private checkClosed(name: string): void {
    const token = this.tokens[this.index - 1];
    if (token?.kind !== 'close' || token.name !== name) throw new Error(`expected </${name}>`);
  }

  expectClose(name: string): void {
    const token = this.next();
    if (token?.kind !== 'close' || token.name !== name) throw new Error(`expected </${name}>`);
  }

  value(token = this.next()): unknown {
    if (token?.kind === 'empty') return emptyValue(token.name);
    if (token?.kind !== 'open') throw new Error('expected a plist value');

    switch (token.name) {
      case 'dict':
        return this.dict();
      case 'array':
        return this.array();
      case 'string':
        return this.textUntilClose('string');
      case 'integer':
      case 'real':
        return Number(this.textUntilClose(token.name));
      default:
        throw new Error(`unsupported plist element <${token.name}>`);
    }
  }

  private dict(): Record<string, unknown> {
    const entries: [string, unknown][] = [];
    for (let token = this.next(); token?.kind !== 'close'; token = this.next()) {
      if (token?.kind !== 'open' || token.name !== 'key') throw new Error('expected <key>');

      entries.push([this.textUntilClose('key'), this.value()]);
    }

    this.checkClosed('dict');
    return Object.fromEntries(entries);
  }

  private array(): unknown[] {
    const items: unknown[] = [];
    for (let token = this.next(); token?.kind !== 'close'; token = this.next()) {
      items.push(this.value(token));
    }

    this.checkClosed('array');
    return items;
  }
}

function emptyValue(name: string): unknown {
  const values: Record<string, unknown> = { true: true, false: false, string: '', dict: {} };
  if (name === 'array') return [];
  if (name in values) return values[name];
  throw new Error(`unsupported plist element <${name}/>`);
}

/** The value inside `<plist>…</plist>`. */
export function parsePlist(xml: string): unknown {
  const reader = new Reader(tokenize(xml));
  const root = reader.next();
  if (root?.kind !== 'open' || root.name !== 'plist') throw new Error('expected <plist>');

  const value = reader.value();
  reader.expectClose('plist');
  return value;
}
