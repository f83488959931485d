import { describe, expect, it } from 'vitest';

import { buildKeywordAutomaton, findKeywordHits } from '@/utils/detect/keyword-automaton';

function hits(keywords: string[], text: string): string[] {
  const found: string[] = [];
  findKeywordHits(buildKeywordAutomaton(keywords), text, (id, start) => {
    found.push(`${keywords[id] ?? '?'}@${start}`);
  });
  return found;
}

describe('keyword automaton', () => {
  it('finds every keyword in one pass, ignoring letter case, overlaps included', () => {
    expect(hits(['sk-', 'sk-ant-', 'ant'], 'x SK-ANT-1 ant')).toEqual([
      'sk-@2',
      'ant@5',
      'sk-ant-@2',
      'ant@11',
    ]);
  });

  it('finds a keyword that ends inside a longer partial match', () => {
    expect(hits(['password', 'word'], 'passwor words')).toEqual(['word@8']);
  });

  it('handles keywords with non-ASCII letters', () => {
    expect(hits(['contraseña', 'clé'], 'Mi CONTRASEÑA y la CLÉ')).toEqual([
      'contraseña@3',
      'clé@19',
    ]);
  });
});
