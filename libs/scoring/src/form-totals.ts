import Decimal from 'decimal.js';
import type { ScoredIndicator } from './indicator-score';
import { Level1Key, TEMPLATE_WEIGHTS } from './levels';
import { EXACT_TERMS, fromTenThousandths, tenThousandthsOf } from './ten-thousandths';

export interface LevelSum {
  rows: number;
  weight: Decimal;
  computed: Decimal;
}

export interface FormTotals {
  /** The execution row's and every row's weight. */
  weight: Decimal;
  /** The execution row's and every row's computed score (blanks skipped). */
  computed: Decimal;
  /** Each first level's rows, weight and computed score, for its flag and its subtotal. */
  levels: Record<Level1Key, LevelSum>;
}

export const LEVEL1_KEYS = Object.keys(TEMPLATE_WEIGHTS) as Level1Key[];
const ZERO = new Decimal(0);

/**
 * A form's totals are the sums of its rows in row order, the execution row first (SPEC §4), each sum rounded by Decimal
 * to 20 significant digits. Terms a double adds exactly (see sumExactly) are added so; otherwise by Decimal.
 */
export function formTotals(scored: ScoredIndicator[], executionWeight: Decimal, executionComputed: Decimal | null): FormTotals {
  return inTenThousandths(scored, executionWeight, executionComputed) ?? byDecimals(scored, executionWeight, executionComputed);
}

/** The same totals added as whole ten-thousandths (see sumExactly), when every term allows it; null otherwise. */
function inTenThousandths(scored: ScoredIndicator[], executionWeight: Decimal, executionComputed: Decimal | null): FormTotals | null {
  const first = { weight: tenThousandthsOf(executionWeight), computed: executionComputed === null ? 0 : tenThousandthsOf(executionComputed) };
  if (scored.length >= EXACT_TERMS || first.weight === null || first.computed === null) return null;
  const sums = { output: { rows: 0, weight: 0, computed: 0 }, effect: { rows: 0, weight: 0, computed: 0 }, satisfaction: { rows: 0, weight: 0, computed: 0 } };
  let [weight, computed] = [first.weight, first.computed];
  for (const s of scored) {
    const w = tenThousandthsOf(s.weight);
    const c = s.computed === null ? 0 : tenThousandthsOf(s.computed);
    if (w === null || c === null) return null;
    [weight, computed] = [weight + w, computed + c];
    const level = s.result.level1Key === null ? null : sums[s.result.level1Key];
    if (level) [level.rows, level.weight, level.computed] = [level.rows + 1, level.weight + w, level.computed + c];
  }
  const levels = {} as Record<Level1Key, LevelSum>;
  for (const key of LEVEL1_KEYS) {
    const { rows, weight: w, computed: c } = sums[key];
    levels[key] = { rows, weight: fromTenThousandths(w), computed: fromTenThousandths(c) };
  }
  return { weight: fromTenThousandths(weight), computed: fromTenThousandths(computed), levels };
}

/**
 * When every term has at most 4 decimals and lies below 1e13, a sum of fewer than 1,000 of them (all ≥ 0) stays below
 * 1e16 and needs at most 20 digits: nothing is rounded, so adding the level sums gives the very totals that adding
 * every row again would, for half the additions. Other terms are added row by row.
 */
function byDecimals(scored: ScoredIndicator[], executionWeight: Decimal, executionComputed: Decimal | null): FormTotals {
  const levels = {} as Record<Level1Key, LevelSum>;
  for (const key of LEVEL1_KEYS) levels[key] = { rows: 0, weight: ZERO, computed: ZERO };
  const unleveled: LevelSum = { rows: 0, weight: ZERO, computed: ZERO };
  let exact = scored.length < 999 && isSmall(executionWeight) && (executionComputed === null || isSmall(executionComputed));
  for (const s of scored) {
    const level = s.result.level1Key === null ? unleveled : levels[s.result.level1Key];
    level.rows += 1;
    level.weight = level.weight.plus(s.weight);
    if (s.computed !== null) level.computed = level.computed.plus(s.computed);
    exact &&= isSmall(s.weight) && (s.computed === null || isSmall(s.computed));
  }
  const parts = [levels.output, levels.effect, levels.satisfaction, unleveled];
  return {
    weight: exact ? sumOf(parts, 'weight', executionWeight) : rowByRow(scored, 'weight', executionWeight),
    computed: exact ? sumOf(parts, 'computed', executionComputed) : rowByRow(scored, 'computed', executionComputed),
    levels,
  };
}

const isSmall = (value: Decimal) => value.e < 13 && value.decimalPlaces() <= 4;

function sumOf(parts: LevelSum[], field: 'weight' | 'computed', first: Decimal | null): Decimal {
  let total = first === null ? ZERO : ZERO.plus(first);
  for (const part of parts) total = total.plus(part[field]);
  return total;
}

function rowByRow(scored: ScoredIndicator[], field: 'weight' | 'computed', first: Decimal | null): Decimal {
  let total = first === null ? ZERO : ZERO.plus(first);
  for (const s of scored) {
    const value = s[field];
    if (value !== null) total = total.plus(value);
  }
  return total;
}
