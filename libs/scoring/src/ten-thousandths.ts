import Decimal from 'decimal.js';
import { memoizeBy } from './text-memo';

const kept = new WeakMap<Decimal, number | null>();

/**
 * A value in ten-thousandths when it has at most 4 decimals and lies below 1e9 (so below 1e13 of them); null otherwise.
 * Fewer than EXACT_TERMS such counts add up exactly in a double. The double nearest the value, times 1e4, lies within a
 * hundredth of that whole number, so rounding finds it. (`e` is Decimal's exponent, as isSmall in form-totals reads it:
 * below 9 for a value below 1e9, NaN when not finite.)
 */
export function tenThousandthsOf(value: Decimal): number | null {
  const known = kept.get(value);
  if (known !== undefined) return known;
  return value.e < 9 && value.decimalPlaces() <= 4 ? Math.round(value.toNumber() * 10_000) : null;
}

/** For a Decimal that is added again and again (a cell read once per text, a row scored once): its count, kept. */
export function keepTenThousandths<T extends Decimal | null>(value: T): T {
  if (value !== null && !kept.has(value)) kept.set(value, tenThousandthsOf(value));
  return value;
}

export const EXACT_TERMS = 900;

/** The Decimal of a count of ten-thousandths, made once per count (a Decimal is immutable; totals repeat). */
export const fromTenThousandths = memoizeBy((count: number) => String(count), (count: number) => new Decimal(`${count}e-4`));
