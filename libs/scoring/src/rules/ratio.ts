import Decimal from 'decimal.js';
import { floorAtZero } from './measure';

/**
 * 该项得分 = full × measured: a percent is read as its fraction, and the score is capped at full. A bare number
 * above 1 is no fraction (is `95` meant as 95%?): null, so the engine flags it instead of guessing.
 */
export function ratio(value: Decimal, isPercent: boolean, full: Decimal): Decimal | null {
  if (!isPercent && value.greaterThan(1)) return null;
  const fraction = isPercent ? value.dividedBy(100) : value;
  return floorAtZero(Decimal.min(full, full.times(fraction)));
}
