import Decimal from 'decimal.js';

/** 万元 to two decimals (half up, as SPEC §4 rounds), with thousands separators: 12,345.68. */
export function amount(value: string | null | undefined): string {
  if (!value) return '—';
  const [whole, fraction] = new Decimal(value).toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** A count in a table: a blank cell reads better than a column of zeros. */
export const count = (value: number | undefined) => (value ? value.toLocaleString('zh-CN') : '—');

/** The figure as a number for a chart: 85.31 from '85.31', 92.5 from '92.50%'. */
export const numberOf = (value: string | null | undefined) => (value ? Number(value.replace('%', '')) : null);
