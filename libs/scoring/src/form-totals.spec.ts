import Decimal from 'decimal.js';
import fc from 'fast-check';
import { formTotals, LEVEL1_KEYS } from './form-totals';
import type { ScoredIndicator } from './indicator-score';
import type { Level1Key } from './levels';

// Terms of every size: cents, ten-thousandths, many decimals, amounts past 1e9, the very large.
const term = fc.oneof(
  fc.integer({ min: 0, max: 3000 }).map((n) => new Decimal(n).dividedBy(100)),
  fc.integer({ min: 0, max: 99999 }).map((n) => new Decimal(n).dividedBy(10000)),
  fc.constantFrom(new Decimal('0.00001'), new Decimal('1234567890.5'), new Decimal('1e15'), new Decimal('12345678901234567.89')),
);
const row = fc.record({ weight: term, computed: fc.option(term), level1Key: fc.constantFrom<Level1Key | null>('output', 'effect', 'satisfaction', null) })
  .map(({ weight, computed, level1Key }) => ({ weight, computed, self: null, flags: [], result: { level1Key } }) as unknown as ScoredIndicator);

/** Row by row in Decimal, the execution row first. */
function totalsByDecimal(rows: ScoredIndicator[], weight: Decimal, computed: Decimal | null) {
  const add = (values: (Decimal | null)[]) => values.reduce<Decimal>((t, v) => (v === null ? t : t.plus(v)), new Decimal(0));
  const of = (key: Level1Key) => rows.filter((r) => r.result.level1Key === key);
  return {
    weight: add([weight, ...rows.map((r) => r.weight)]).toString(),
    computed: add([computed, ...rows.map((r) => r.computed)]).toString(),
    levels: Object.fromEntries(LEVEL1_KEYS.map((key) => [key, {
      rows: of(key).length, weight: add(of(key).map((r) => r.weight)).toString(), computed: add(of(key).map((r) => r.computed)).toString(),
    }])),
  };
}

describe('a form\'s totals', () => {
  it('are the totals Decimal gives adding row by row, in each level and in all', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), term, fc.option(term), (rows, weight, computed) => {
      const totals = formTotals(rows, weight, computed);
      expect({
        weight: totals.weight.toString(),
        computed: totals.computed.toString(),
        levels: Object.fromEntries(LEVEL1_KEYS.map((key) => [key, { ...totals.levels[key], weight: totals.levels[key].weight.toString(), computed: totals.levels[key].computed.toString() }])),
      }).toEqual(totalsByDecimal(rows, weight, computed));
    }), { numRuns: 500 });
  });
});
