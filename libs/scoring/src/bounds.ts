import Decimal from 'decimal.js';

const ZERO = new Decimal(0);

/**
 * Decimal.max(0, Decimal.min(value, high)), without the copies decimal.js makes of every argument: the same
 * choice of operand (on a tie min keeps `high` unless `value` is negative; a NaN wins), returned as it is.
 */
export function clampToZeroAnd(value: Decimal, high: Decimal): Decimal {
  if (high.isNaN()) return high;
  const order = value.comparedTo(high);
  const lower = order === 1 || (order === 0 && value.isPositive()) ? high : value;
  if (lower.isNaN()) return lower;
  return lower.isPositive() && !lower.isZero() ? lower : ZERO;
}
