import Decimal from 'decimal.js';
import type { ScoredIndicator } from './indicator-score';
import { Level1Key, TEMPLATE_WEIGHTS } from './levels';

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
 * to 20 significant digits. When every term has at most 4 decimals and lies below 1e13, a sum of fewer than 1,000 of
 * them (all ≥ 0) stays below 1e16 and needs at most 20 digits: nothing is rounded, so adding the level sums gives the
 * very totals that adding every row again would, for half the additions. Other terms are added row by row.
 */
export function formTotals(scored: ScoredIndicator[], executionWeight: Decimal, executionComputed: Decimal | null): FormTotals {
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
