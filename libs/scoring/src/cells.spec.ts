import fc from 'fast-check';
import { readCell } from './cells';

const COMPARATOR_PRINTS: [string, string][] = [
  ['≥', '>='], ['≧', '>='], ['>=', '>='], ['＞＝', '>='], ['≤', '<='], ['≦', '<='], ['<=', '<='], ['＜＝', '<='],
  ['＝', '='], ['=', '='], ['═', '='], ['>', '>'], ['＞', '>'], ['<', '<'], ['＜', '<'],
];
const UNIT_PRINTS: [string, string | null][] = [
  ['%', '%'], ['％', '%'], [' %', '%'], ['百分比', '%'], ['万元', '万元'], ['期', '期'], ['次', '次'], ['家', '家'],
  ['个', '个'], ['场', '场'], ['小时', '小时'], ['月', '月'], ['', null],
];
const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const toFullWidth = (text: string) => text.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]).replace('.', '．');

describe('readCell (SPEC §3)', () => {
  it.each([
    ['≥90%', '>=', '90', '%'], ['>=90 %', '>=', '90', '%'], ['≤492万元', '<=', '492', '万元'], ['＝12期', '=', '12', '期'],
    ['1.68万元', null, '1.68', '万元'], ['95百分比', null, '95', '%'], ['≥９０％', '>=', '90', '%'], ['２，０００元', null, '0.2', '万元'],
    ['3亿元', null, '30000', '万元'], ['═ 24 小时', '=', '24', '小时'],
  ])('reads %s', (text, comparator, value, unit) => {
    expect(readCell(text)).toMatchObject({ kind: 'quantitative', comparator, value, unit });
  });

  it('reads qualitative, blank and not-applicable cells', () => {
    expect(readCell('显著').kind).toBe('qualitative');
    expect(readCell(' \u3000').kind).toBe('blank');
    expect(readCell('—').kind).toBe('not_applicable');
    expect(readCell('此项目不涉及').kind).toBe('not_applicable');
  });

  it('reads a target in every printed form: comparator, number (ASCII or full-width), unit, spaces', () => {
    const printed = fc.record({
      comparator: fc.constantFrom(...COMPARATOR_PRINTS),
      unit: fc.constantFrom(...UNIT_PRINTS),
      whole: fc.integer({ min: 0, max: 100000 }),
      cents: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
      fullWidth: fc.boolean(),
      space: fc.constantFrom('', ' ', '\u3000'),
    });
    fc.assert(fc.property(printed, ({ comparator, unit, whole, cents, fullWidth, space }) => {
      const number = cents === undefined ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
      const text = `${comparator[0]}${space}${fullWidth ? toFullWidth(number) : number}${space}${unit[0]}`;
      const cell = readCell(text);
      expect(cell.kind).toBe('quantitative');
      expect(cell.comparator).toBe(comparator[1]);
      expect(cell.value).toBe(String(Number(number)));
      expect(cell.unit).toBe(unit[1]);
    }));
  });

  it('reads an actual in every printed form (no comparator)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99999 }), fc.constantFrom(...UNIT_PRINTS), fc.boolean(), (n, unit, fullWidth) => {
      const cell = readCell(`${fullWidth ? toFullWidth(String(n)) : n}${unit[0]}`);
      expect(cell).toMatchObject({ kind: 'quantitative', comparator: null, value: String(n), unit: unit[1] });
    }));
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      expect(['blank', 'not_applicable', 'quantitative', 'qualitative']).toContain(readCell(text).kind);
    }));
  });
});
