import type { Workbook, Worksheet } from 'exceljs';
import { FUNDS_ROWS, INDICATOR_HEADINGS, RenderResult } from '../render-input';
import { borderRows, merge, put } from './sheet-style';

export interface FormSheetInput {
  heading: { projectName: string; competentDepartment: string; implementingUnit: string; fiscalYear: string };
  form: any;
  result: RenderResult | null;
  reviewScores?: Record<number, string>;
}

export const FIRST_INDICATOR_ROW = 13;
const COLUMNS = 11;

/** 项目支出绩效自评表 in the layout of the printed seed forms (rows and merged headings as printed). */
export function addProjectFormSheet(workbook: Workbook, name: string, input: FormSheetInput): Worksheet {
  const sheet = workbook.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [6, 10, 12, 22, 14, 14, 8, 8, 22, 10, 10].map((width) => ({ width }));
  merge(sheet, 'A1:K1', '项目支出绩效自评表', { bold: true, size: 16 });
  merge(sheet, 'A2:K2', `（${input.heading.fiscalYear}年度）`, { size: 11 });
  merge(sheet, 'A3:B3', '项目名称');
  merge(sheet, 'C3:K3', input.heading.projectName, { align: 'left' });
  merge(sheet, 'A4:B4', '主管部门');
  merge(sheet, 'C4:E4', input.heading.competentDepartment, { align: 'left' });
  merge(sheet, 'F4:G4', '实施单位');
  merge(sheet, 'H4:K4', input.heading.implementingUnit, { align: 'left' });
  addFunds(sheet, input);
  addGoals(sheet, input.form.goals);
  const last = addIndicators(sheet, input);
  borderRows(sheet, 3, last, COLUMNS);
  return sheet;
}

function addFunds(sheet: Worksheet, { form, result }: FormSheetInput): void {
  merge(sheet, 'A5:B9', `项目资金\n（${form.funds.unit ?? '万元'}）`);
  ['', '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分', '系统计算执行率', '系统计算得分']
    .forEach((text, i) => put(sheet, `${String.fromCharCode(67 + i)}5`, text, { bold: true }));
  FUNDS_ROWS.forEach(([key, label], i) => {
    const row = 6 + i;
    const funds = form.funds[key] ?? {};
    put(sheet, `C${row}`, label, { align: 'left' });
    put(sheet, `D${row}`, funds.initialBudget ?? '');
    put(sheet, `E${row}`, funds.annualBudget ?? '');
    put(sheet, `F${row}`, funds.executed ?? '');
    put(sheet, `G${row}`, key === 'total' ? funds.weight : '-');
    put(sheet, `H${row}`, key === 'total' ? funds.executionRate : '');
    put(sheet, `I${row}`, key === 'total' ? funds.score : '-');
    put(sheet, `J${row}`, key === 'total' ? result?.execution?.rate ?? '' : '');
    put(sheet, `K${row}`, key === 'total' ? result?.execution?.score ?? '' : '');
  });
}

function addGoals(sheet: Worksheet, goals: { planned: string; achieved: string } | undefined): void {
  merge(sheet, 'A10:B11', '年度总体目标完成情况');
  merge(sheet, 'C10:F10', '预期目标', { bold: true });
  merge(sheet, 'G10:K10', '实际完成情况', { bold: true });
  merge(sheet, 'C11:F11', goals?.planned ?? '', { align: 'left' });
  merge(sheet, 'G11:K11', goals?.achieved ?? '', { align: 'left' });
  sheet.getRow(11).height = 90;
}

function addIndicators(sheet: Worksheet, { form, result, reviewScores }: FormSheetInput): number {
  const indicators: any[] = form.indicators;
  [...INDICATOR_HEADINGS, '系统计算得分', '审核调整得分'].forEach((text, i) => put(sheet, `${String.fromCharCode(66 + i)}12`, text, { bold: true }));
  indicators.forEach((row, i) => {
    const r = FIRST_INDICATOR_ROW + i;
    [row.level1, row.level2, row.name, joinTarget(row), row.actual, row.weight, row.score, row.deviation,
      result?.indicators[i]?.computedScore ?? '', reviewScores?.[i] ?? '']
      .forEach((value, c) => put(sheet, `${String.fromCharCode(66 + c)}${r}`, value, { align: c === 2 || c === 7 ? 'left' : 'center' }));
  });
  const last = FIRST_INDICATOR_ROW + Math.max(indicators.length, 1) - 1;
  merge(sheet, `A12:A${last}`, '年度绩效指标完成情况');
  mergeRuns(sheet, indicators.map((row) => row.level1), 'B');
  const totalRow = last + 1;
  merge(sheet, `A${totalRow}:F${totalRow}`, '总分', { bold: true });
  put(sheet, `G${totalRow}`, form.total.weight);
  put(sheet, `H${totalRow}`, form.total.score);
  put(sheet, `J${totalRow}`, result?.total.computed ?? '');
  if (result) put(sheet, `K${totalRow}`, `等级：${result.grade}`);
  return totalRow;
}

/** A target printed in separate 指标性质 | 指标值 | 度量单位 columns is shown joined, as SPEC §3 reads it. */
const joinTarget = (row: any) => `${row.comparator ?? ''}${row.target}${row.unit ?? ''}`;

function mergeRuns(sheet: Worksheet, values: string[], column: string): void {
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[start] && values[i] !== '') continue;
    if (i - start > 1) sheet.mergeCells(`${column}${FIRST_INDICATOR_ROW + start}:${column}${FIRST_INDICATOR_ROW + i - 1}`);
    start = i;
  }
}
