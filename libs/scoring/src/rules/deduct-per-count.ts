import Decimal from 'decimal.js';
import type { Rule } from '../document';
import { floorAtZero } from './measure';
import { num } from './rule-numbers';

type DeductPerCount = Extract<Rule, { kind: 'deductPerCount' }>;

/** 每出现一例不符合要求的扣 d 分，扣完为止. */
export function deductPerCount(rule: DeductPerCount, count: Decimal, full: Decimal): Decimal {
  return floorAtZero(full.minus(num(rule.deduct).times(Decimal.max(0, count))));
}
