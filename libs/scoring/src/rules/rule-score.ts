import Decimal from 'decimal.js';
import { clampToZeroAnd } from '../bounds';
import { normalizeCell, readQuantity, round2 } from '../cells';
import type { Rule } from '../document';
import { bands } from './bands';
import { checklist } from './checklist';
import { deductPerCount } from './deduct-per-count';
import { deductPerStep } from './deduct-per-step';
import { levels } from './levels';
import { isNothingToControl, measuredNumber } from './measure';
import { ratio } from './ratio';
import { isRuleReadable } from './rule-numbers';

export type RuleOutcome =
  | { kind: 'scored'; points: Decimal }
  | { kind: 'missing' }
  | { kind: 'unreadable' }
  | { kind: 'rule_unreadable' };

/** Points of a rule-scored indicator (SPEC §5), rounded to 2 decimals, never below 0 nor above full. */
export function scoreRule(rule: Rule, measured: string, full: Decimal): RuleOutcome {
  if (!isRuleReadable(rule)) return { kind: 'rule_unreadable' };
  if (normalizeCell(measured) === '') return { kind: 'missing' };
  const isControlRate = rule.kind === 'deductPerStep' || rule.kind === 'bands' || rule.kind === 'ratio';
  if (isControlRate && isNothingToControl(measured)) return { kind: 'scored', points: round2(Decimal.max(0, full)) };
  const points = pointsOf(rule, measured, full);
  if (points === null) return { kind: 'unreadable' };
  return { kind: 'scored', points: round2(clampToZeroAnd(full, points)) };
}

function pointsOf(rule: Rule, measured: string, full: Decimal): Decimal | null {
  if (rule.kind === 'levels') return levels(rule, measured);
  if (rule.kind === 'checklist') return checklist(rule, measured);
  const value = measuredNumber(measured);
  if (value === null) return null;
  switch (rule.kind) {
    case 'deductPerStep': return deductPerStep(rule, value, full);
    case 'bands': return bands(rule, value);
    case 'deductPerCount': return deductPerCount(rule, value, full);
    case 'ratio': return ratio(value, readQuantity(normalizeCell(measured))?.unit === '%', full);
  }
}
