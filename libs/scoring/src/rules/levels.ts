import Decimal from 'decimal.js';
import { normalizeCell } from '../cells';
import type { Rule } from '../document';
import { num } from './rule-numbers';

type Levels = Extract<Rule, { kind: 'levels' }>;

/** The points of the measured label; the longest label the text contains wins (效果较好 before 一般). */
export function levels(rule: Levels, measured: string): Decimal | null {
  const text = normalizeCell(measured);
  const labels = Object.keys(rule.levels).sort((a, b) => b.length - a.length);
  const label = labels.find((l) => normalizeCell(l) === text) ?? labels.find((l) => text.includes(normalizeCell(l)) || normalizeCell(l).includes(text));
  return label === undefined ? null : num(rule.levels[label]);
}
