import Decimal from 'decimal.js';
import { clampToZeroAnd } from './bounds';
import { fixed2, normalizeCell, readQuantity, round2 } from './cells';
import type { FormLike } from './document';
import { Flag, flag } from './flags';
import { EXECUTION_TEMPLATE_WEIGHT } from './levels';
import { memoizeBy } from './text-memo';

export interface ExecutionResult {
  rate: string | null;
  score: string | null;
  weight: string;
  printedRate: string | null;
  printedScore: string | null;
  /** Unrounded score, for the total. */
  computed: Decimal | null;
}

const PATH = 'funds.total';
const ONE = new Decimal(1);

type Funds = FormLike['funds'] & { unit?: string };

/**
 * 预算执行率 = B / A, A the full-year (adjusted) budget; score = weight × min(rate, 1). Scored once per set of the cells
 * it reads (every command on a report scores its document again, and the funds rarely change): the result is shared,
 * so it is frozen.
 */
export const scoreExecution = memoizeBy(
  // Each cell as normalizeCell reads it before anything else (a missing cell as blank).
  ({ total, unit }: Funds, weight: Decimal) =>
    [total.annualBudget, total.executed, total.executionRate, total.score, unit].map((cell) => String(cell ?? '')).join('\u0000') + `\u0000${weight.toString()}`,
  (funds: Funds, weight: Decimal): { result: Readonly<ExecutionResult>; flags: readonly Flag[] } => {
    const { result, flags } = scoreCells(funds, weight);
    return Object.freeze({ result: Object.freeze(result), flags: Object.freeze(flags.map((found) => Object.freeze(found))) });
  },
);

function scoreCells(funds: Funds, weight: Decimal): { result: ExecutionResult; flags: Flag[] } {
  const total = funds.total;
  const a = amount(total.annualBudget, funds.unit);
  const b = amount(total.executed, funds.unit);
  const printedRate = normalizeCell(total.executionRate) || null;
  const printedScore = normalizeCell(total.score) || null;
  const base = { weight: weight.toString(), printedRate, printedScore };
  const budgetUnusable = a === null || a.lessThanOrEqualTo(0);
  if (budgetUnusable || b === null) {
    const what = a === null ? '全年预算数（A）为空或无法识别' : budgetUnusable ? `全年预算数（A）为 ${a}` : '全年执行数（B）为空或无法识别';
    const field = budgetUnusable ? 'annualBudget' : 'executed';
    return {
      result: { ...base, rate: null, score: null, computed: null },
      flags: [
        flag('EXECUTION_RATE_UNDEFINED', `${PATH}.${field}`, `${what}，无法计算预算执行率`),
        ...(printedScore === null ? [flag('SCORE_MISSING', `${PATH}.score`, '预算执行率得分未填写')] : []),
      ],
    };
  }
  const rate = b.dividedBy(a);
  const score = round2(weight.times(clampToZeroAnd(rate, ONE)));
  const flags = [...rateFlags(rate, printedRate), ...scoreFlags(score, printedScore, weight)];
  return { result: { ...base, rate: `${fixed2(rate.times(100))}%`, score: fixed2(score), computed: score }, flags };
}

function amount(text: string, fundsUnit: string | undefined): Decimal | null {
  const quantity = readQuantity(normalizeCell(text));
  if (!quantity) return null;
  if (quantity.unit === '万元') return quantity.value;
  if (quantity.unit !== null) return null;
  const unit = normalizeCell(fundsUnit);
  if (unit === '元') return quantity.value.dividedBy(10000);
  if (unit === '亿元') return quantity.value.times(10000);
  return quantity.value;
}

/** A printed rate matches when it is B/A rounded half-up, or cut off, at the decimals it was printed with. */
function rateFlags(rate: Decimal, printed: string | null): Flag[] {
  if (printed === null) return [];
  const quantity = readQuantity(printed);
  const percent = rate.times(100);
  if (!quantity || (quantity.unit !== '%' && quantity.unit !== null)) {
    return [flag('EXECUTION_RATE_MISMATCH', `${PATH}.executionRate`, `执行率“${printed}”无法识别，应为 ${fixed2(percent)}%`, `${fixed2(percent)}%`, printed)];
  }
  const shown = quantity.value;
  const decimals = /\.(\d+)/.exec(printed)?.[1].length ?? 0;
  const rounded = percent.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const truncated = percent.toDecimalPlaces(decimals, Decimal.ROUND_DOWN);
  if (shown.equals(rounded) || shown.equals(truncated)) return [];
  const expected = `${rounded.toFixed(decimals)}%`;
  return [flag('EXECUTION_RATE_MISMATCH', `${PATH}.executionRate`, `填报执行率 ${printed} 与 B/A = ${expected} 不符`, expected, printed)];
}

function scoreFlags(score: Decimal, printed: string | null, weight: Decimal): Flag[] {
  const path = `${PATH}.score`;
  if (printed === null) return [flag('SCORE_MISSING', path, '预算执行率得分未填写', fixed2(score), null)];
  const quantity = readQuantity(printed);
  if (!quantity || quantity.unit !== null) return [flag('SCORE_MISSING', path, `预算执行率得分“${printed}”无法识别`, fixed2(score), printed)];
  const flags: Flag[] = [];
  if (quantity.value.greaterThan(weight)) {
    flags.push(flag('SCORE_EXCEEDS_WEIGHT', path, `预算执行率得分 ${printed} 超过分值 ${weight}`, weight.toString(), printed));
  }
  if (!round2(quantity.value).equals(round2(score))) {
    flags.push(flag('EXECUTION_SCORE_MISMATCH', path, `预算执行率得分应为 ${fixed2(score)}，填报为 ${printed}`, fixed2(score), printed));
  }
  return flags;
}

export function executionWeight(text: string): Decimal {
  const quantity = readQuantity(normalizeCell(text));
  return quantity && quantity.unit === null && !quantity.value.isNegative() ? quantity.value : new Decimal(EXECUTION_TEMPLATE_WEIGHT);
}
