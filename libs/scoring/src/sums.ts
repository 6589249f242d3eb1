import Decimal from 'decimal.js';
import { readDecimal } from './cells';
import type { FormLike, RuleIndicatorInput } from './document';
import { executionWeight } from './execution';
import { applicableWeight } from './indicator-score';
import { memoizeText } from './text-memo';

/** What a table's printed 总分 row should hold: the sum of its weights and of its printed self scores. */
export interface TableSums {
  weight: Decimal;
  score: Decimal;
}

/** The sum of the values in order, nulls skipped. */
export const sumDecimals = (values: (Decimal | null)[]) =>
  values.reduce<Decimal>((total, v) => (v === null ? total : total.plus(v)), new Decimal(0));

/** readDecimal, once per text (the Decimal is shared: it is immutable). */
const readScore = memoizeText(readDecimal);

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
  return { weight: sumDecimals(weights), score: sumDecimals(scores) };
}

/** 附件1: every rule row. */
export function ruleSums(rules: Pick<RuleIndicatorInput, 'weight' | 'rule' | 'score'>[]): TableSums {
  return { weight: sumDecimals(rules.map(ruleWeight)), score: sumDecimals(rules.map((row) => readScore(row.score))) };
}
