import fc from 'fast-check';
import { copyText } from './copy-text';

/** Reads COPY text format back, as PostgreSQL does (the escapes copyText writes, and \N for null). */
function parse(text: string): (string | null)[][] {
  return text
    .split('\n')
    .slice(0, -1)
    .map((line) =>
      line
        .split('\t')
        .map((field) =>
          field === '\\N' ? null : field.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c),
        ),
    );
}

describe('COPY text format', () => {
  it('reads back every row and field as written, whatever characters a field holds', () => {
    const row = fc.record({ a: fc.option(fc.string({ unit: 'binary' }), { nil: null }), b: fc.integer(), c: fc.string() });
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        expect(parse(copyText(rows, ['a', 'b', 'c']))).toEqual(rows.map((r) => [r.a, String(r.b), r.c]));
      }),
    );
  });

  it('writes a date as its ISO instant and an object as JSON', () => {
    const at = new Date('2025-03-01T01:02:03.004Z');
    expect(copyText([{ at, o: { x: 'a\tb' } }], ['at', 'o'])).toBe('2025-03-01T01:02:03.004Z\t{"x":"a\\\\tb"}\n');
  });
});
