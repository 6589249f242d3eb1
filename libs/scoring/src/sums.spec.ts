import Decimal from 'decimal.js';
import fc from 'fast-check';
import { readDecimal } from './cells';
import type { FormLike, ProjectIndicatorInput } from './document';
import { executionWeight } from './execution';
import { applicableWeight } from './indicator-score';
import { formSums, ruleSums, ruleWeight } from './sums';

// Cells as forms print them, and the ones a double cannot add exactly: many decimals, huge amounts, exponents.
const cell = fc.oneof(
  fc.constantFrom('', '/', '不涉及', '4.5', '10', '0', '-3', '-0', '1e5', '12.34567', '0.00001', '999999999.9999', '1000000000', '1.5万元', '２０', 'abc'),
  fc.integer({ min: -100000, max: 300000 }).map((n) => (n / 100).toFixed(2)),
  fc.integer({ min: 0, max: 99999999 }).map((n) => (n / 10000).toFixed(4)),
  fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String),
);
const row = fc.record({ level1: fc.constant('产出指标'), level2: fc.constant('数量指标'), name: fc.constantFrom('指标', '不涉及'), target: fc.constantFrom('≥90%', '/', '不涉及'), actual: fc.constant('95%'), weight: cell, score: cell, deviation: fc.constant('') });
const form = fc.record({ indicators: fc.array(row, { maxLength: 30 }), weight: cell, score: cell })
  .map(({ indicators, weight, score }) => ({
    funds: { total: { initialBudget: '', annualBudget: '', executed: '', weight, executionRate: '', score } },
    indicators, total: { weight: '100', score: '' },
  }) as unknown as FormLike);

/** The sums as Decimal adds them, one term after another in row order. */
const added = (values: (Decimal | null)[]) => values.reduce<Decimal>((total, v) => (v === null ? total : total.plus(v)), new Decimal(0));
function formSumsByDecimals(f: FormLike) {
  const applicable = f.indicators.filter((r) => applicableWeight(r as ProjectIndicatorInput) !== null);
  return {
    weight: added([executionWeight(f.funds.total.weight), ...applicable.map((r) => applicableWeight(r as ProjectIndicatorInput))]),
    score: added([readDecimal(f.funds.total.score), ...applicable.map((r) => readDecimal(r.score))]),
  };
}

describe('a table\'s sums', () => {
  it('are the sums Decimal gives, to the printed digit, whatever the cells hold', () => {
    fc.assert(fc.property(form, (f) => {
      const [sums, expected] = [formSums(f), formSumsByDecimals(f)];
      expect(sums.weight.toString()).toBe(expected.weight.toString());
      expect(sums.score.toString()).toBe(expected.score.toString());
    }), { numRuns: 300 });
  });

  it('add the rule rows of 附件1 the same way', () => {
    const rules = fc.array(fc.record({ weight: cell, score: cell, rule: fc.record({ full: cell }) }), { maxLength: 20 });
    fc.assert(fc.property(rules, (rows) => {
      const sums = ruleSums(rows as never);
      expect(sums.weight.toString()).toBe(added(rows.map((r) => ruleWeight(r as never))).toString());
      expect(sums.score.toString()).toBe(added(rows.map((r) => readDecimal(r.score))).toString());
    }));
  });

  it('add a long table to the last ten-thousandth', () => {
    const many = { funds: { total: { weight: '10', score: '0.0001' } }, indicators: Array.from({ length: 950 }, () => ({ name: '指标', target: '≥90%', weight: '1.0001', score: '0.9999' })), total: { weight: '', score: '' } };
    const sums = formSums(many as unknown as FormLike);
    expect(sums.weight.toString()).toBe('960.095');
    expect(sums.score.toString()).toBe('949.9051');
  });
});
