import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

import {
  allowWasmKeywordSearch,
  buildKeywordAutomaton,
  findKeywordHits,
  findKeywordHitsInJs,
} from '@/utils/detect/keyword-automaton';
import { compileKeywordSearch, searchWithWasm } from '@/utils/detect/keyword-search-wasm';
import { RULES } from '@/utils/detect/registry';

const KEYWORDS = [...new Set(RULES.flatMap((rule) => rule.keywords))];
const AUTOMATON = buildKeywordAutomaton(KEYWORDS);
const SEARCH = compileKeywordSearch(KEYWORDS);

interface Found {
  readonly hits: number[];
  readonly runs: number[];
}

function inJs(text: string): Found {
  const hits: number[] = [];
  const runs: number[] = [];
  findKeywordHitsInJs(AUTOMATON, text, (id, start) => hits.push(id, start), runs);
  return { hits, runs };
}

function inWasm(text: string): Found {
  if (!SEARCH) throw new Error('WebAssembly search did not compile');
  const hits: number[] = [];
  const runs: number[] = [];
  searchWithWasm(SEARCH, text, (id, start) => hits.push(id, start), runs, 24);
  return { hits, runs };
}

// Pieces that exercise what differs between the two: keywords in either case, letters outside
// ASCII (two, three and four bytes in UTF-8), lone surrogates and long base64 runs.
const PIECES = [
  ...KEYWORDS.slice(0, 60),
  ...KEYWORDS.slice(0, 20).map((k) => k.toUpperCase()),
  'Schlüssel',
  'SCHLÜSSEL',
  'CLÉ',
  'contraseña',
  '😀',
  '\uD800',
  '\uDC00',
  '\u200B',
  'QUJDZGVmMTIzQUJDZGVmMTIz',
  'ghp_',
  ' ',
  '\n',
  '=',
  'a',
];

describe('keyword search in WebAssembly', () => {
  it('compiles here', () => {
    expect(SEARCH).toBeDefined();
  });

  it('reports the same hits and base64 runs as the JavaScript search', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        expect(inWasm(text)).toEqual(inJs(text));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on arbitrary strings, surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(inWasm(text)).toEqual(inJs(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps positions right across its encoding chunks and a full record buffer', () => {
    // Long enough for several chunks, a surrogate pair right at a chunk edge, and far more
    // hits than one call's record buffer holds.
    const filler = 'é😀 password=x sk-ant- QUJDZGVmMTIzQUJDZGVmMTIzQUJD '.repeat(30_000);
    const text = `${'a'.repeat((1 << 18) - 1)}😀${filler}ghp_`;
    const wasm = inWasm(text);
    expect(wasm.hits.length).toBeGreaterThan(2 * (1 << 14));
    expect(wasm).toEqual(inJs(text));
  });

  it('gives the search no state from the text before', () => {
    const long = `${'Q'.repeat(30)}sk-`.repeat(200);
    inWasm(`${long}QUJDZGVmMTIz`);
    expect(inWasm('. '.repeat(2500))).toEqual({ hits: [], runs: [] });
  });
});

describe('choice of keyword search', () => {
  it('uses WebAssembly only when allowed, with the same hits either way', () => {
    const text = `${'. '.repeat(3000)}TOKEN ghp_`;
    const hitsWith = (allowed: boolean): number[] => {
      allowWasmKeywordSearch(allowed);
      const hits: number[] = [];
      const automaton = buildKeywordAutomaton(['ghp_', 'token']);
      findKeywordHits(automaton, text, (id, start) => hits.push(id, start));
      return hits;
    };
    // Only the WebAssembly search copies the text with encodeInto.
    const encodeInto = vi.spyOn(TextEncoder.prototype, 'encodeInto');
    try {
      expect(hitsWith(false)).toEqual([1, 6000, 0, 6006]);
      expect(encodeInto).not.toHaveBeenCalled();
      expect(hitsWith(true)).toEqual([1, 6000, 0, 6006]);
      expect(encodeInto).toHaveBeenCalled();
    } finally {
      encodeInto.mockRestore();
      allowWasmKeywordSearch(false);
    }
  });
});

describe('keyword search without WebAssembly', () => {
  it('keeps to JavaScript where WebAssembly is missing, with the same hits', () => {
    vi.stubGlobal('WebAssembly', undefined);
    allowWasmKeywordSearch(true);
    try {
      expect(compileKeywordSearch(['ghp_'])).toBeUndefined();
      const automaton = buildKeywordAutomaton(['ghp_', 'token']);
      const hits: number[] = [];
      const text = `${'. '.repeat(3000)}TOKEN ghp_`;
      findKeywordHits(automaton, text, (id, start) => hits.push(id, start));
      expect(hits).toEqual([1, 6000, 0, 6006]);
    } finally {
      vi.unstubAllGlobals();
      allowWasmKeywordSearch(false);
    }
  });
});
