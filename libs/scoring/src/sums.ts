import Decimal from 'decimal.js';
import { readDecimal } from './cells';
import type { FormLike, RuleIndicatorInput } from './document';
import { executionWeight } from './execution';
import { applicableWeight } from './indicator-score';

/** What a table's printed 总分 row should hold: the sum of its weights and of its printed self scores. */
export interface TableSums {
  weight: Decimal;
  score: Decimal;
}

const add = (values: (Decimal | null)[]) =>
  values.reduce<Decimal>((total, v) => (v === null ? total : total.plus(v)), new Decimal(0));

/** A rule row's weight: the printed weight, else its rule's full points, else 0 (SPEC §5). */
export function ruleWeight(row: Pick<RuleIndicatorInput, 'weight' | 'rule'>): Decimal {
  const nonNegative = (value: Decimal | null) => (value === null || value.isNegative() ? null : value);
  return nonNegative(readDecimal(row.weight)) ?? nonNegative(readDecimal(row.rule.full)) ?? new Decimal(0);
}

/** 附件3 or a project form: the execution row and every applicable indicator row (SPEC §3, §6). */
export function formSums(form: FormLike): TableSums {
  const applicable = form.indicators.filter((row) => applicableWeight(row) !== null);
  return {
    weight: add([executionWeight(form.funds.total.weight), ...applicable.map(applicableWeight)]),
    score: add([readDecimal(form.funds.total.score), ...applicable.map((row) => readDecimal(row.score))]),
  };
}

/** 附件1: every rule row. */
export function ruleSums(rules: Pick<RuleIndicatorInput, 'weight' | 'rule' | 'score'>[]): TableSums {
  return { weight: add(rules.map(ruleWeight)), score: add(rules.map((row) => readDecimal(row.score))) };
}
