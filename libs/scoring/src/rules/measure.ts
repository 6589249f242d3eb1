import Decimal from 'decimal.js';
import { normalizeCell, readQuantity } from '../cells';

/** A measured number: `38.22%` → 38.22, `0` → 0; null when not a number. */
export function measuredNumber(text: string): Decimal | null {
  const quantity = readQuantity(normalizeCell(text));
  return quantity ? quantity.value : null;
}

/** 0 of 0 (没有楼堂馆所项目): a control rate of something that did not exist. */
export function isNothingToControl(text: string): boolean {
  const cell = normalizeCell(text);
  return /^0(\.0+)?[^\d/]*\/0(\.0+)?(?![\d.])/.test(cell) || /^(没有|无).*(项目|建设|工程|楼堂馆所)/.test(cell);
}

export const floorAtZero = (value: Decimal) => Decimal.max(0, value);
