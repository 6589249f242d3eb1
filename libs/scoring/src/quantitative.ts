import Decimal from 'decimal.js';
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
  const farExceeded = higherIsBetter && t.greaterThan(0) && a.greaterThanOrEqualTo(t.times(2));
  if (isMet(comparator, t, a)) return { met: true, score: weight, farExceeded };
  return { met: false, score: round2(clamp(partialScore(comparator, t, a, weight), weight)), farExceeded };
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
  if (comparator === '>=' || comparator === '>') return t.lessThanOrEqualTo(0) ? new Decimal(0) : weight.times(a).dividedBy(t);
  if (comparator === '<=' || comparator === '<') return a.lessThanOrEqualTo(0) ? weight : weight.times(t).dividedBy(a);
  if (t.isZero()) return new Decimal(0);
  return weight.times(new Decimal(1).minus(a.minus(t).abs().dividedBy(t.abs())));
}

const clamp = (value: Decimal, weight: Decimal) => Decimal.max(0, Decimal.min(value, weight));
