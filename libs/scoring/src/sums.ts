import Decimal from 'decimal.js';
import { readDecimal } from './cells';
import type { FormLike, RuleIndicatorInput } from './document';
import { executionWeight } from './execution';
import { applicableWeight } from './indicator-score';
import { memoizeText } from './text-memo';
import { EXACT_TERMS, fromTenThousandths, keepTenThousandths, tenThousandthsOf } from './ten-thousandths';

/** What a table's printed 总分 row should hold: the sum of its weights and of its printed self scores. */
export interface TableSums {
  weight: Decimal;
  score: Decimal;
}

/**
 * The sum of the values (nulls skipped), the very sum Decimal's additions in order give. A table's cells (at most 4
 * decimals, below 1e9) are added as whole numbers of ten-thousandths, which a double holds exactly for fewer than 900
 * of them: a command sums its report's tables several times, and Decimal's additions were a fifth of its domain work.
 */
export function sumExactly(values: (Decimal | null)[]): Decimal {
  if (values.length >= EXACT_TERMS) return addDecimals(values);
  let tenThousandths = 0;
  for (const value of values) {
    if (value === null) continue;
    const scaled = tenThousandthsOf(value);
    if (scaled === null) return addDecimals(values);
    tenThousandths += scaled;
  }
  return fromTenThousandths(tenThousandths);
}

const addDecimals = (values: (Decimal | null)[]) =>
  values.reduce<Decimal>((total, v) => (v === null ? total : total.plus(v)), new Decimal(0));

/** readDecimal, once per text (the Decimal is shared: it is immutable). */
const readScore = memoizeText((text: string) => keepTenThousandths(readDecimal(text)));

/** A rule row's weight: the printed weight, else its rule's full points, else 0 (SPEC §5). */
export function ruleWeight(row: Pick<RuleIndicatorInput, 'weight' | 'rule'>): Decimal {
  const nonNegative = (value: Decimal | null) => (value === null || value.isNegative() ? null : value);
  return nonNegative(readDecimal(row.weight)) ?? nonNegative(readDecimal(row.rule.full)) ?? new Decimal(0);
}

/** 附件3 or a project form: the execution row and every applicable indicator row (SPEC §3, §6). */
export function formSums(form: FormLike): TableSums {
  const weights: (Decimal | null)[] = [executionWeight(form.funds.total.weight)];
  const scores: (Decimal | null)[] = [readScore(form.funds.total.score)];
  for (const row of form.indicators) {
    const weight = applicableWeight(row);
    if (weight === null) continue;
    weights.push(weight);
    scores.push(readScore(row.score));
  }
  return { weight: sumExactly(weights), score: sumExactly(scores) };
}

/** 附件1: every rule row. */
export function ruleSums(rules: Pick<RuleIndicatorInput, 'weight' | 'rule' | 'score'>[]): TableSums {
  return { weight: sumExactly(rules.map(ruleWeight)), score: sumExactly(rules.map((row) => readScore(row.score))) };
}
