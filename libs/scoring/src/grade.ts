import Decimal from 'decimal.js';

export type Grade = '优' | '良' | '中' | '差';

/** 90（含）-100 优, 80（含）-90 良, 60（含）-80 中, below 60 差, on the unrounded total. */
export function gradeOf(total: Decimal | string): Grade {
  const value = total instanceof Decimal ? total : new Decimal(total);
  if (value.greaterThanOrEqualTo(90)) return '优';
  if (value.greaterThanOrEqualTo(80)) return '良';
  if (value.greaterThanOrEqualTo(60)) return '中';
  return '差';
}
