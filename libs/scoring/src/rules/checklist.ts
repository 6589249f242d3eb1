import Decimal from 'decimal.js';
import { normalizeCell } from '../cells';
import type { Rule } from '../document';

type Checklist = Extract<Rule, { kind: 'checklist' }>;

/** Sum of the items whose mark the measured value carries (`①②④`). */
export function checklist(rule: Checklist, measured: string): Decimal {
  const text = normalizeCell(measured);
  return rule.items.reduce((total, item) => (text.includes(normalizeCell(item.mark)) ? total.plus(item.points) : total), new Decimal(0));
}
