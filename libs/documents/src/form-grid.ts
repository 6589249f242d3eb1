import Decimal from 'decimal.js';
import { gradeOf } from '@jixiao/scoring';
import { FUNDS_ROWS, INDICATOR_HEADINGS, RenderResult } from './render-input';

// 项目支出绩效自评表 as one grid of cells, rows and columns numbered from 1 as in Excel. XLSX and PDF both draw
// this grid, so the two show the printed form's rows, columns and merged headings identically; the two right-hand
// columns (J, K) carry what the system computed beside what was printed.

export interface GridCell {
  row: number;
  col: number;
  rowSpan?: number;
  colSpan?: number;
  text: string;
  bold?: boolean;
  size?: number;
  align?: 'left' | 'center';
}

export interface FormGrid {
  /** Column widths in Excel character units. */
  widths: number[];
  cells: GridCell[];
  /** The first row of the bordered table (rows above are the title). */
  tableFrom: number;
  lastRow: number;
  tallRows: Record<number, number>;
  /** The line printed under the form, to be filled in by hand as on paper. */
  footer: string;
}

export const SIGNATURE_LINE = '填表人：__________    联系电话：__________    填报日期：____年__月__日    单位负责人签字：__________';

export interface FormGridInput {
  heading: { projectName: string; competentDepartment: string; implementingUnit: string; fiscalYear: string };
  form: any;
  result: RenderResult | null;
  reviewScores?: Record<number, string>;
}

export const FIRST_INDICATOR_ROW = 13;
export const FORM_WIDTHS = [6, 10, 12, 22, 14, 14, 8, 8, 22, 10, 10];
const FUNDS_HEADINGS = ['', '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分', '系统计算执行率', '系统计算得分'];

export function projectFormGrid(input: FormGridInput): FormGrid {
  const cells: GridCell[] = [
    { row: 1, col: 1, colSpan: 11, text: '项目支出绩效自评表', bold: true, size: 16 },
    { row: 2, col: 1, colSpan: 11, text: `（${input.heading.fiscalYear}年度）`, size: 11 },
    { row: 3, col: 1, colSpan: 2, text: '项目名称' },
    { row: 3, col: 3, colSpan: 9, text: input.heading.projectName, align: 'left' },
    { row: 4, col: 1, colSpan: 2, text: '主管部门' },
    { row: 4, col: 3, colSpan: 3, text: input.heading.competentDepartment, align: 'left' },
    { row: 4, col: 6, colSpan: 2, text: '实施单位' },
    { row: 4, col: 8, colSpan: 4, text: input.heading.implementingUnit, align: 'left' },
    ...fundsCells(input),
    ...goalCells(input.form.goals),
  ];
  const lastRow = indicatorCells(input, cells);
  return { widths: FORM_WIDTHS, cells, tableFrom: 3, lastRow, tallRows: { 11: 90 }, footer: SIGNATURE_LINE };
}

function fundsCells({ form, result }: FormGridInput): GridCell[] {
  const cells: GridCell[] = [{ row: 5, col: 1, rowSpan: 5, colSpan: 2, text: `项目资金\n（${form.funds.unit ?? '万元'}）` }];
  FUNDS_HEADINGS.forEach((text, i) => cells.push({ row: 5, col: 3 + i, text, bold: true }));
  FUNDS_ROWS.forEach(([key, label], i) => {
    const funds = form.funds[key] ?? {};
    const isTotal = key === 'total';
    const values = [
      label, funds.initialBudget ?? '', funds.annualBudget ?? '', funds.executed ?? '',
      isTotal ? funds.weight : '-', isTotal ? funds.executionRate : '', isTotal ? funds.score : '-',
      isTotal ? result?.execution?.rate ?? '' : '', isTotal ? result?.execution?.score ?? '' : '',
    ];
    values.forEach((text, c) => cells.push({ row: 6 + i, col: 3 + c, text: text ?? '', align: c === 0 ? 'left' : 'center' }));
  });
  return cells;
}

function goalCells(goals: { planned: string; achieved: string } | undefined): GridCell[] {
  return [
    { row: 10, col: 1, rowSpan: 2, colSpan: 2, text: '年度总体目标完成情况' },
    { row: 10, col: 3, colSpan: 4, text: '预期目标', bold: true },
    { row: 10, col: 7, colSpan: 5, text: '实际完成情况', bold: true },
    { row: 11, col: 3, colSpan: 4, text: goals?.planned ?? '', align: 'left' },
    { row: 11, col: 7, colSpan: 5, text: goals?.achieved ?? '', align: 'left' },
  ];
}

/** Appends the indicator rows, the total and the grade row under it; returns the grade row. */
function indicatorCells({ form, result, reviewScores }: FormGridInput, cells: GridCell[]): number {
  const indicators: any[] = form.indicators;
  const last = FIRST_INDICATOR_ROW + Math.max(indicators.length, 1) - 1;
  cells.push({ row: 12, col: 1, rowSpan: last - 11, text: '年度绩效指标完成情况' });
  [...INDICATOR_HEADINGS, '系统计算得分', '审核调整得分'].forEach((text, i) => cells.push({ row: 12, col: 2 + i, text, bold: true }));
  const level1Spans = runsOf(indicators.map((row) => row.level1 ?? ''));
  indicators.forEach((row, i) => {
    const r = FIRST_INDICATOR_ROW + i;
    const span = level1Spans.get(i);
    if (span) cells.push({ row: r, col: 2, rowSpan: span, text: row.level1 ?? '' });
    [row.level2, row.name, joinTarget(row), row.actual, row.weight, row.score, row.deviation,
      result?.indicators[i]?.computedScore ?? '', reviewScores?.[i] ?? '']
      .forEach((text, c) => cells.push({ row: r, col: 3 + c, text: text ?? '', align: c === 1 || c === 6 ? 'left' : 'center' }));
  });
  const total = last + 1;
  const review = reviewTotal(form, reviewScores);
  cells.push(
    { row: total, col: 1, colSpan: 6, text: '总分', bold: true },
    { row: total, col: 7, text: form.total?.weight ?? '' },
    { row: total, col: 8, text: form.total?.score ?? '' },
    { row: total, col: 10, text: result?.total.computed ?? '' },
    { row: total, col: 11, text: review ?? '' },
    { row: total + 1, col: 1, colSpan: 6, text: '等级', bold: true },
    { row: total + 1, col: 10, text: result?.grade ?? '' },
    { row: total + 1, col: 11, text: review ? gradeOf(new Decimal(review)) : '' },
  );
  return total + 1;
}

/** The total after the reviewer's adjustments (each adjusted score in place of the printed one), once there is one. */
function reviewTotal(form: any, reviewScores: Record<number, string> | undefined): string | null {
  if (!reviewScores || !Object.keys(reviewScores).length) return null;
  const scores = [...(form.indicators as any[]).map((row, i) => reviewScores[i] ?? row.score), form.funds?.total?.score];
  return scores.reduce((sum: Decimal, score) => (/^\s*\d+(\.\d+)?\s*$/.test(score ?? '') ? sum.plus(score.trim()) : sum), new Decimal(0)).toFixed(2);
}

/** A target printed in separate 指标性质 | 指标值 | 度量单位 columns is shown joined, as SPEC §3 reads it. */
const joinTarget = (row: any) => `${row.comparator ?? ''}${row.target ?? ''}${row.unit ?? ''}`;

/** Start index → length of each run of equal, non-empty values (the printed form merges them vertically). */
function runsOf(values: string[]): Map<number, number> {
  const spans = new Map<number, number>();
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[start] && values[i] !== '') continue;
    spans.set(start, i - start);
    start = i;
  }
  return spans;
}
