import { parseRegExpLiteral, visitRegExpAST } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RULES } from '@/utils/detect/registry';
import { scan } from '@/utils/detect/scan';
import { matchRule } from '@/utils/detect/scan-rules';

const WITH_CONTEXT = RULES.filter((rule) => rule.context !== undefined);

// Spellings of the context words these rules' validators accept, in the cases people write.
const WORDS = [
  'DOB:',
  'd.o.b.',
  'Date of Birth',
  'birthdate',
  'Birth date',
  'birthday',
  'born',
  'Geburtsdatum',
  'geb.',
  'geboren am',
  'date de naissance',
  'née le',
  'NÉE LE',
  'né le',
  'fecha de nacimiento',
  'Nacida',
  'data di nascita',
  'nata il',
  'geboortedatum',
  'data de nascimento',
  'National Insurance number',
  'NINO',
  'NI No',
  'NI#',
  'NINumber',
  'nin',
  'Steuer-ID',
  'Steueridentifikationsnummer',
  'IdNr',
  'tax id',
  'TIN',
  'BSN',
  'Burgerservicenummer',
  'sofinummer',
  'Passport No.',
  'Reisepass',
  'Pass-Nr.',
  'passeport',
  'pasaporte',
  'passaporto',
  'paspoort',
];

const VALUES = [
  '14/03/1987',
  '03.11.1979',
  'March 4, 1990',
  '12/05/1968',
  'AB 12 34 56 C',
  'JG103759A',
  '86095742719',
  '65 929 970 489',
  '111222333',
  '1234.56.782',
  '533380006',
  'C01X00T47',
];

// Each rule on its own, so overlaps between rules do not hide a difference.
function reference(text: string): string[] {
  return WITH_CONTEXT.flatMap((rule) =>
    [...matchRule(rule, text)].map((finding) => `${rule.id}@${finding.start}`),
  );
}

function scanned(text: string): string[] {
  return WITH_CONTEXT.flatMap((only) => {
    const others = RULES.filter((rule) => rule !== only).map((rule) => rule.id);
    return scan(text, { disabledRules: others }).map(
      (finding) => `${finding.rule}@${finding.start}`,
    );
  });
}

describe('context keywords', () => {
  it('are lower case and name at least one word', () => {
    expect(WITH_CONTEXT.length).toBeGreaterThanOrEqual(5);
    for (const rule of WITH_CONTEXT) {
      expect(rule.keywords).toEqual([]);
      expect(rule.context?.keywords.length).toBeGreaterThan(0);
      for (const { text } of rule.context?.keywords ?? []) expect(text).toBe(text.toLowerCase());
    }
  });

  // matchRuleInLines reads single lines: that gives the whole text's matches only if no part of
  // the pattern can read a line break, and nothing in it asks where the string begins or ends.
  it("belong to rules whose pattern never reads a line break or the string's edges", () => {
    for (const rule of WITH_CONTEXT) {
      const flags = rule.pattern.flags.replace(/[dgy]/g, '');
      const readers: string[] = [];
      const edges: string[] = [];
      const check = (node: AST.Character | AST.CharacterClass | AST.CharacterSet): void => {
        const parent = node.parent.type;
        if (parent === 'CharacterClass' || parent === 'CharacterClassRange') return;
        if (new RegExp(`^(?:${node.raw})$`, flags).test('\n')) readers.push(node.raw);
      };
      visitRegExpAST(parseRegExpLiteral(rule.pattern), {
        onCharacterEnter: check,
        onCharacterClassEnter: check,
        onCharacterSetEnter: check,
        onAssertionEnter: (node) => {
          if (node.kind === 'start' || node.kind === 'end') edges.push(node.raw);
        },
      });

      expect({ rule: rule.id, readers, edges }).toEqual({ rule: rule.id, readers: [], edges: [] });
    }
  });

  it('skip a rule only where its validator could not have found a context word', () => {
    const piece = fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...VALUES),
      fc.constantFrom(' ', ': ', '\n', '\n\n', ', ', '\t', ' | '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(scanned(text)).toEqual(reference(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('still find a value whose context word is the header of its table', () => {
    const text = `Name,Passport\nAda Lovelace,533380006\n${'Lorem ipsum dolor. '.repeat(20)}`;

    expect(scanned(text)).toEqual(['pii-national-id-passport@27']);
  });

  it('spare the rule a text without any of them', () => {
    const text = 'Invoice 533380006 due 14/03/1987, order 86095742719';

    expect(reference(text)).toEqual([]);
    expect(scanned(text)).toEqual([]);
  });
});
