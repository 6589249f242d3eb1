import Decimal from 'decimal.js';
import type { Rule } from '../document';

type Bands = Extract<Rule, { kind: 'bands' }>;

/** The points of the first band the value falls in; a band without bounds is the open last one. */
export function bands(rule: Bands, value: Decimal): Decimal {
  for (const band of rule.bands) {
    const inclusive = band.inclusive ?? true;
    const underMax = band.max === undefined || (inclusive ? value.lessThanOrEqualTo(band.max) : value.lessThan(band.max));
    const overMin = band.min === undefined || (inclusive ? value.greaterThanOrEqualTo(band.min) : value.greaterThan(band.min));
    if (underMax && overMin) return new Decimal(band.points);
  }
  return new Decimal(0);
}
