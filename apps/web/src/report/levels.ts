import Decimal from 'decimal.js';
import type { Indicator } from '../api/types';

/** Printed level names vary (`产出指标(50分)`, `产出指标（50分）`); the points are the template's, not the name. */
export function levelOf(indicator: Indicator): string {
  const name = indicator.level1.replace(/[（(][^)）]*[)）]/g, '').trim();
  return name || indicator.level2 || '其他';
}

export function groupByLevel(indicators: Indicator[]): { level: string; rows: Indicator[] }[] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) groups.set(levelOf(indicator), [...(groups.get(levelOf(indicator)) ?? []), indicator]);
  return [...groups].map(([level, rows]) => ({ level, rows }));
}

const NUMBER = /^\s*\d+(\.\d+)?\s*$/;

export function sum(values: (string | null | undefined)[]): string {
  return values.reduce((total, value) => (value && NUMBER.test(value) ? total.plus(value.trim()) : total), new Decimal(0)).toFixed(2);
}

export function sameNumber(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || !NUMBER.test(a) || !NUMBER.test(b)) return a === b;
  return new Decimal(a.trim()).equals(b.trim());
}
