import { Comparator, Quantity, readQuantity } from './cells';
import { comparatorAt } from './comparators';

/** A target cell read once: its comparator, if printed, and the quantity after it (null: not a number). */
export interface TargetReading {
  comparator: Comparator | null;
  quantity: Quantity | null;
}

/** Not memoised itself: the quantity is, and one-off targets (`≤498.81万元`) would only crowd a second table. */
export function readTarget(text: string): TargetReading {
  const printed = comparatorAt(text);
  return { comparator: printed?.comparator ?? null, quantity: readQuantity(printed === null ? text : text.slice(printed.length)) };
}
