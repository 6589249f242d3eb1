import Decimal from 'decimal.js';
import { applicableWeight, executionWeight, readDecimal, ruleWeight } from '@jixiao/scoring';
import type { DepartmentReportDocument, ProjectIndicatorInput } from '@jixiao/scoring';
import { CellAddress, formOf, Indexed } from './document-cells';
import { InvalidInput } from './errors';

const DECIMAL = /^\d+(\.\d+)?$/;

/** The weight a score is bounded by, read by the scoring engine itself (SPEC §3): null for a not-applicable row. */
export function weightAt(report: Indexed, address: CellAddress): Decimal | null {
  const form = formOf(report.document);
  if (address.collection === 'execution') return executionWeight(form.funds.total.weight);
  if (address.collection === 'form') return applicableWeight(form.indicators[address.index]);
  return ruleWeight((report.document as DepartmentReportDocument).ruleIndicators[address.index]);
}

export const weightOfRow = (row: ProjectIndicatorInput): Decimal | null => applicableWeight(row);

/** SPEC §7: a score is a number from 0 to the indicator's weight, else refused at once. */
export function validScore(score: string, weight: Decimal | null, weightCell: string, path = 'score'): string {
  // A score is typed, not printed: plain ASCII decimals only (the weight beside it is read as printed).
  const text = String(score ?? '').trim();
  if (!DECIMAL.test(text)) throw new InvalidInput([{ path, message: `得分必须是不小于 0 的数字，收到“${score}”` }]);
  if (weight === null) throw new InvalidInput([{ path, message: `该指标分值为“${weightCell}”，不适用，不能打分` }]);
  if (weight.lessThan(text)) {
    throw new InvalidInput([{ path, message: `得分 ${text} 超过该指标分值 ${weight.toString()}` }]);
  }
  return new Decimal(text).toString();
}

export function sameScore(a: string | null, b: string): boolean {
  const value = a === null ? null : readDecimal(a);
  return value !== null && value.equals(b);
}
