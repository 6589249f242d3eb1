import Decimal from 'decimal.js';
import type { Rule } from '../document';
import { num } from './rule-numbers';

type Checklist = Extract<Rule, { kind: 'checklist' }>;

const NONE_MARKED = /^(无|没有|0|—|-|\/)$/;

/**
 * Sum of the items whose mark the measured value carries (`①②④`); null when it carries none and does not say
 * so either. Marks are compared as printed: NFKC would turn ⑪ into "11", which also "contains" ①.
 */
export function checklist(rule: Checklist, measured: string): Decimal | null {
  const text = measured.replace(/[\s\u3000]+/g, '');
  const marked = rule.items.filter((item) => text.includes(item.mark.trim()));
  if (marked.length === 0) return NONE_MARKED.test(text) ? new Decimal(0) : null;
  return marked.reduce((total, item) => total.plus(num(item.points)), new Decimal(0));
}
