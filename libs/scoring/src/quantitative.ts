import Decimal from 'decimal.js';
import { clampToZeroAnd } from './bounds';
import { Comparator, Quantity, round2 } from './cells';

export interface QuantitativeOutcome {
  met: boolean;
  score: Decimal;
  farExceeded: boolean;
}

/**
 * 财预〔2020〕10号 Art. 20: a met target scores the full weight; a missed one scores by the ratio of actual to
 * target — actual/target when higher is better, target/actual when lower is better (local instructions for
 * reverse indicators). For `=` (a house rule) the score falls with the relative distance, never below 0.
 */
export function scoreQuantitative(comparator: Comparator, target: Quantity, actual: Quantity, weight: Decimal): QuantitativeOutcome {
  const t = target.value;
  const a = actual.value;
  const higherIsBetter = comparator === '>=' || comparator === '>';
  // A missed higher-is-better target (actual below or at it) cannot be exceeded twice over: only a met one is compared.
  if (isMet(comparator, t, a)) {
    return { met: true, score: weight, farExceeded: higherIsBetter && isAboveZero(t) && a.greaterThanOrEqualTo(t.times(2)) };
  }
  return { met: false, score: round2(clampToZeroAnd(partialScore(comparator, t, a, weight), weight)), farExceeded: false };
}

function isMet(comparator: Comparator, t: Decimal, a: Decimal): boolean {
  switch (comparator) {
    case '>=': return a.greaterThanOrEqualTo(t);
    case '>': return a.greaterThan(t);
    case '<=': return a.lessThanOrEqualTo(t);
    case '<': return a.lessThan(t);
    case '=': return a.equals(t);
  }
}

function partialScore(comparator: Comparator, t: Decimal, a: Decimal, weight: Decimal): Decimal {
  if (comparator === '>=' || comparator === '>') return isAtMostZero(t) ? ZERO : weight.times(a).dividedBy(t);
  if (comparator === '<=' || comparator === '<') return isAtMostZero(a) ? weight : weight.times(t).dividedBy(a);
  if (t.isZero()) return ZERO;
  return weight.times(ONE.minus(abs(a.minus(t)).dividedBy(abs(t))));
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

// Comparisons with 0 without the copy of 0 that greaterThan(0) and lessThanOrEqualTo(0) make; false for NaN, as there.
const isAboveZero = (value: Decimal) => value.isPositive() && !value.isZero();
const isAtMostZero = (value: Decimal) => value.isZero() || value.isNegative();
/** abs() copies even a positive value; the copy is the same number. */
const abs = (value: Decimal) => (value.isNegative() ? value.abs() : value);
