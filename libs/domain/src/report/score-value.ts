import Decimal from 'decimal.js';
import { InvalidInput } from './errors';
import { EXECUTION_ID } from './report-kind';

const DECIMAL = /^\d+(\.\d+)?$/;
const EXECUTION_TEMPLATE_WEIGHT = '10';

export function weightOf(indicatorId: string, weightCell: string): Decimal | null {
  const text = weightCell.trim();
  if (text === '' && indicatorId === EXECUTION_ID) return new Decimal(EXECUTION_TEMPLATE_WEIGHT);
  return DECIMAL.test(text) ? new Decimal(text) : null;
}

/** SPEC §7: a score is a number from 0 to the indicator's weight, else refused at once. */
export function validScore(indicatorId: string, score: string, weightCell: string, path = 'score'): string {
  const text = String(score ?? '').trim();
  if (!DECIMAL.test(text)) throw new InvalidInput([{ path, message: `得分必须是不小于 0 的数字，收到“${score}”` }]);
  const weight = weightOf(indicatorId, weightCell);
  if (weight === null) throw new InvalidInput([{ path, message: `该指标分值为“${weightCell}”，不适用，不能打分` }]);
  if (new Decimal(text).greaterThan(weight)) {
    throw new InvalidInput([{ path, message: `得分 ${text} 超过该指标分值 ${weight.toString()}` }]);
  }
  return new Decimal(text).toString();
}

export function sameScore(a: string | null, b: string): boolean {
  if (a === null || !DECIMAL.test(a.trim())) return false;
  return new Decimal(a.trim()).equals(b);
}
