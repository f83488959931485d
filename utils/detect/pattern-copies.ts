// Rule patterns are shared, so the scan runs private copies of them, each made once: a shared
// rule's lastIndex is never disturbed, and a policy's own rule without `g` still runs.
const globalCopies = new WeakMap<RegExp, RegExp>();
const stickyCopies = new WeakMap<RegExp, RegExp>();

function toGlobalCopy(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.global ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }

  return copy;
}

/** A sticky copy of the pattern, for attempts at one position. */
export function toStickyCopy(pattern: RegExp): RegExp {
  let copy = stickyCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
    stickyCopies.set(pattern, copy);
  }

  return copy;
}

/**
 * The pattern's matches in `text`, as `text.matchAll` finds them, without the copy of the
 * pattern matchAll makes on every call (the scan calls it once per keyword window). The position
 * is kept here, not in the shared copy, so two of these may run interleaved.
 */
export function* findMatches(pattern: RegExp, text: string): Generator<RegExpExecArray, void> {
  const copy = toGlobalCopy(pattern);
  const isUnicode = copy.unicode || copy.unicodeSets;
  let next = 0;
  while (next <= text.length) {
    copy.lastIndex = next;
    const match = copy.exec(text);
    if (!match) return;

    next = copy.lastIndex;
    // An empty match moves on by one character (one code point in unicode mode), as in matchAll.
    if (match[0] === '') next += isUnicode && (text.codePointAt(next) ?? 0) > 0xffff ? 2 : 1;
    yield match;
  }
}
