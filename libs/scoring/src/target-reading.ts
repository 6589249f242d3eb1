import { Comparator, Quantity, readQuantity } from './cells';
import { comparatorAt } from './comparators';
import { memoizeText } from './text-memo';

/** A target cell read once: its comparator, if printed, and the quantity after it (null: not a number). */
export interface TargetReading {
  comparator: Comparator | null;
  quantity: Quantity | null;
}

export const readTarget: (text: string) => TargetReading = memoizeText((text) => {
  const printed = comparatorAt(text);
  return Object.freeze({ comparator: printed?.comparator ?? null, quantity: readQuantity(printed === null ? text : text.slice(printed.length)) });
});
