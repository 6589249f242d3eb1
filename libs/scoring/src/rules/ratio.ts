import Decimal from 'decimal.js';
import { floorAtZero } from './measure';

/** 该项得分 = full × measured; a percent is read as its fraction, and the score is capped at full. */
export function ratio(value: Decimal, isPercent: boolean, full: Decimal): Decimal {
  const fraction = isPercent ? value.dividedBy(100) : value;
  return floorAtZero(Decimal.min(full, full.times(fraction)));
}
