import { AMOUNT_UNIT, AMOUNTS_HEADING, BASE_DATA_LABELS } from '../../intake/src/base-data-labels';
import type { TableBlock } from './table-block';

// 附件2's printed row and column names have one owner, libs/intake, which reads them back. The web app bundles this
// file as it is, so it takes them from intake's plain labels file rather than through @jixiao/intake's index.
const labelOf = (key: string) => BASE_DATA_LABELS[key] ?? key;

/** Nested base data as [项目, 数值] rows; a group's column names (`columns`) head the values that follow. */
export function baseDataRows(value: unknown, path: string[] = []): [string, string][] {
  if (Array.isArray(value)) return [[path.map(labelOf).join(' · '), value.map((v) => String(v ?? '')).join(' | ')]];
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => baseDataRows(inner, [...path, key]));
  }
  return [[path.map(labelOf).join(' · '), String(value ?? '')]];
}

// The read model keeps the document as jsonb, which does not keep key order: rows follow the labels' printed order.
const PRINTED_ORDER = Object.keys(BASE_DATA_LABELS);
const rank = (key: string) => (PRINTED_ORDER.includes(key) ? PRINTED_ORDER.indexOf(key) : PRINTED_ORDER.length);
const inPrintedOrder = (value: unknown): [string, unknown][] =>
  Object.entries((value ?? {}) as Record<string, unknown>).sort(([a], [b]) => rank(a) - rank(b));

const isScalar = (value: unknown) => value === null || value === undefined || typeof value !== 'object';
const text = (value: unknown) => (isScalar(value) ? String(value ?? '') : baseDataRows(value).map(([, v]) => v).join('；'));

/**
 * 附件2 as the printed tables: a group of single figures (编制数 | 实际在职人数 | 控制率) is a heading row over its
 * values; the amount groups (三公经费, 项目支出, 公用经费 …) share one 经费控制情况 table whose columns are the
 * printed years, each group's 合计 on the group's own row and its items indented under it.
 */
export function baseDataTables(baseData: unknown): TableBlock[] {
  const entries = inPrintedOrder(baseData);
  const amounts = entries.filter(([, value]) => Array.isArray(value) || (!isScalar(value) && Object.values(value as object).some(Array.isArray)));
  const columns = amounts.map(([, value]) => (value as { columns?: string[] }).columns).find(Array.isArray) ?? [];
  const width = Math.max(columns.length, ...amounts.flatMap(([, value]) => (Array.isArray(value) ? [value.length] : Object.values(value as object).filter(Array.isArray).map((v) => v.length))));
  const tables: TableBlock[] = [];
  for (const [key, value] of entries) {
    if (amounts.some(([k]) => k === key)) {
      if (key === amounts[0][0]) tables.push(amountTable(amounts, columns, width));
    } else if (isScalar(value)) {
      tables.push(block([labelOf(key)], [[String(value ?? '')]]));
    } else {
      const fields = inPrintedOrder(value);
      tables.push(block([labelOf(key), ...fields.map(([k]) => labelOf(k))], [['', ...fields.map(([, v]) => text(v))]]));
    }
  }
  if (tables.length) tables[0].title = '附件2：部门整体支出绩效评价基础数据表';
  if (tables.length) tables[tables.length - 1].footer = '填表人：__________    填报日期：____年__月__日    联系电话：__________    单位负责人签字：__________';
  return tables;
}

const block = (headings: string[], rows: string[][], widths: number[] = headings.map((_, i) => (i === 0 ? 2.4 : 1.2))): TableBlock =>
  ({ kind: 'rules', title: '', headings, rows, widths });

function amountTable(groups: [string, unknown][], columns: string[], width: number): TableBlock {
  const values = (list: unknown[]) => Array.from({ length: width }, (_, i) => String(list[i] ?? ''));
  const rows: string[][] = [];
  for (const [key, value] of groups) {
    const name = labelOf(key).replace(AMOUNT_UNIT, '');
    if (Array.isArray(value)) {
      rows.push([name, ...values(value)]);
      continue;
    }
    const items = inPrintedOrder(value).filter(([k]) => k !== 'columns');
    const total = items.find(([k]) => k === 'total');
    rows.push([name, ...(Array.isArray(total?.[1]) ? values(total[1]) : values([]))]);
    for (const [k, v] of items) if (k !== 'total') rows.push([`\u3000\u3000${labelOf(k)}`, ...(Array.isArray(v) ? values(v) : values([text(v)]))]);
  }
  const headings = [AMOUNTS_HEADING, ...Array.from({ length: width }, (_, i) => columns[i] ?? '')];
  return block(headings, rows, headings.map((_, i) => (i === 0 ? 3 : 1.4)));
}
