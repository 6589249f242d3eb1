import Decimal from 'decimal.js';
import { normalizeCell, readQuantity } from '../cells';
import type { Rule } from '../document';

/** A number printed in a rule (`100`, `0.5`, `１００%`); null when it is not one. */
export function ruleNumber(text: string | undefined): Decimal | null {
  if (text === undefined) return null;
  const quantity = readQuantity(normalizeCell(text));
  return quantity && (quantity.unit === null || quantity.unit === '%') ? quantity.value : null;
}

/** Every number a rule carries, so a rule with one unreadable number is caught before it is applied. */
export function isRuleReadable(rule: Rule): boolean {
  const numbers = numbersOf(rule);
  return numbers.every((text) => ruleNumber(text) !== null) && (rule.full === undefined || ruleNumber(rule.full) !== null);
}

function numbersOf(rule: Rule): string[] {
  switch (rule.kind) {
    case 'deductPerStep': return [rule.threshold, rule.step, rule.deduct];
    case 'bands': return rule.bands.flatMap((band) => [band.points, ...[band.max, band.min].filter((b): b is string => b !== undefined)]);
    case 'levels': return Object.values(rule.levels);
    case 'checklist': return rule.items.map((item) => item.points);
    case 'deductPerCount': return [rule.deduct];
    case 'ratio': return [];
  }
}

/** A number of a rule that isRuleReadable has passed. */
export const num = (text: string) => ruleNumber(text)!;
