import Decimal from 'decimal.js';
import type { Rule } from '../document';
import { num } from './rule-numbers';

type Bands = Extract<Rule, { kind: 'bands' }>;

/**
 * The points of the first band the value falls in; a band without bounds is the open last one. A bound is
 * inclusive unless the band says otherwise (预算控制率 "0-10%（含）": max 10 inclusive).
 */
export function bands(rule: Bands, value: Decimal): Decimal {
  for (const band of rule.bands) {
    const inclusive = band.inclusive ?? true;
    const underMax = band.max === undefined || (inclusive ? value.lessThanOrEqualTo(num(band.max)) : value.lessThan(num(band.max)));
    const overMin = band.min === undefined || (inclusive ? value.greaterThanOrEqualTo(num(band.min)) : value.greaterThan(num(band.min)));
    if (underMax && overMin) return num(band.points);
  }
  return new Decimal(0);
}
