import Decimal from 'decimal.js';
import fc from 'fast-check';
import { scoreExecution } from './execution';

const execution = (cells: { annualBudget?: string; executed?: string; executionRate?: string; score?: string }, weight = '10') => {
  const total = { initialBudget: '', annualBudget: '100', executed: '50', weight, executionRate: '', score: '5', ...cells };
  const { result, flags } = scoreExecution({ total }, new Decimal(weight));
  return { rate: result.rate, score: result.score, codes: flags.map((f) => f.code) };
};

describe('budget execution (预算执行率 = B / A)', () => {
  it('scores weight × B/A, half-up to 2 decimals', () => {
    // 2/3 = 66.666…% → 66.67%; 10 × 0.6666… = 6.67
    expect(execution({ annualBudget: '3', executed: '2', executionRate: '66.67%', score: '6.67' })).toEqual({ rate: '66.67%', score: '6.67', codes: [] });
  });

  it('caps the score at the weight when B exceeds A', () => {
    expect(execution({ annualBudget: '100', executed: '120', executionRate: '120%', score: '10' })).toEqual({ rate: '120.00%', score: '10.00', codes: [] });
  });

  it('accepts a printed rate rounded half-up or cut off at its own decimals, and nothing else', () => {
    // 13.96 / 24 = 58.1666…%
    const at = (printed: string) => execution({ annualBudget: '24', executed: '13.96', executionRate: printed, score: '5.82' }).codes;
    expect(at('58.17%')).toEqual([]);
    expect(at('58.16%')).toEqual([]);
    expect(at('58.2%')).toEqual([]);
    expect(at('58%')).toEqual([]);
    expect(at('58.167%')).toEqual([]);
    expect(at('58.15%')).toEqual(['EXECUTION_RATE_MISMATCH']);
    expect(at('59%')).toEqual(['EXECUTION_RATE_MISMATCH']);
  });

  it('does not compare a blank printed rate', () => expect(execution({ executionRate: '' }).codes).toEqual([]));

  it('flags a printed score that differs from the computed one', () => {
    expect(execution({ executionRate: '50%', score: '5.01' }).codes).toEqual(['EXECUTION_SCORE_MISMATCH']);
    expect(execution({ executionRate: '50%', score: '' }).codes).toEqual(['SCORE_MISSING']);
  });

  it('flags A = 0 or missing as undefined instead of dividing', () => {
    expect(execution({ annualBudget: '0' })).toEqual({ rate: null, score: null, codes: ['EXECUTION_RATE_UNDEFINED'] });
    expect(execution({ annualBudget: '', score: '' }).codes).toEqual(['EXECUTION_RATE_UNDEFINED', 'SCORE_MISSING']);
  });

  it('reads amounts in 元 and 亿元 as 万元', () => {
    expect(execution({ annualBudget: '1亿元', executed: '5000万元', executionRate: '50%' })).toMatchObject({ rate: '50.00%', codes: [] });
  });
});

describe('budget execution scored once per set of cells', () => {
  const cell = fc.oneof(
    fc.constantFrom('', '100', '50.5', '0', '-3', '１２０', '58.17%', '5.82', '1,000', '不涉及', '万元'),
    fc.integer({ min: 0, max: 100000 }).map((n) => (n / 100).toFixed(2)),
    fc.string({ maxLength: 6 }),
  );
  const funds = fc.record({ annualBudget: cell, executed: cell, executionRate: cell, score: cell, unit: fc.constantFrom(undefined, '', '元', '万元', '亿元') });
  const weight = fc.constantFrom('10', '20', '0', '7.5');
  const scored = ({ unit, ...cells }: { unit?: string; annualBudget: string; executed: string; executionRate: string; score: string }, w: string) =>
    scoreExecution({ total: { initialBudget: '', weight: w, ...cells }, ...(unit === undefined ? {} : { unit }) }, new Decimal(w));
  const forget = () => {
    for (let i = 0; i < 2100; i++) scored({ annualBudget: String(i), executed: '1', executionRate: '', score: '' }, '10');
  };

  it('answers what scoring the same cells afresh gives, frozen', () => {
    fc.assert(fc.property(funds, weight, (cells, w) => {
      const first = scored(cells, w);
      forget();
      const afresh = scored({ ...cells }, w);
      expect(afresh).not.toBe(first);
      expect(scored({ ...cells }, w)).toBe(afresh);
      expect(first).toEqual(afresh);
      expect(Object.isFrozen(first.result) && Object.isFrozen(first.flags) && first.flags.every(Object.isFrozen)).toBe(true);
    }), { numRuns: 25 });
  });
});
