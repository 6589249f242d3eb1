import { Cell, compact, labelOf } from '../grid';
import {
  FOOTER, FUNDS_BLOCK, HEADING_LINE, FUNDS_COLUMNS, FUNDS_ROWS, GOALS, HEADING_LABELS, INDICATOR_COLUMNS, isLabelText, TOTAL_ROW, YEAR,
} from './labels';
import { Trace } from './notes';
import { Region } from './region';

export interface FormRead {
  heading: { projectName: string; competentDepartment: string; implementingUnit: string; fiscalYear: string };
  form: { funds: Record<string, unknown>; goals: { planned: string; achieved: string }; indicators: Record<string, string>[]; total: { weight: string; score: string } };
  /** The last row of the form (its total, or its last indicator). */
  end: number;
  headingTexts: string[];
}

/** Reads the form whose indicator table heads at `headerRow`; labels above it, within the region, give the rest. */
export function readForm(region: Region, headerRow: number, trace: Trace, path: string): FormRead {
  const put = (field: string, cell: Cell | undefined) => {
    if (cell) trace.cells[`${path}${field}`] = cell.place;
    return region.read(cell);
  };
  const labelled = (pattern: RegExp, field: string) => {
    const label = region.findLast(pattern, region.top, headerRow - 1);
    if (!label) return '';
    region.read(label);
    return put(field, region.valueRightOf(label, isLabelText));
  };
  const heading = {
    projectName: labelled(HEADING_LABELS.projectName, 'projectName'),
    competentDepartment: labelled(HEADING_LABELS.competentDepartment, 'competentDepartment'),
    implementingUnit: labelled(HEADING_LABELS.implementingUnit, 'implementingUnit'),
    fiscalYear: '',
  };
  const funds = readFunds(region, headerRow, put);
  const goals = readGoals(region, headerRow, put);
  const { indicators, end } = readIndicators(region, headerRow, put);
  const headingTexts = keepLines(region, region.top, headerRow - 1, trace);
  keepLines(region, end + 1, region.bottom, trace, FOOTER);
  const year = headingTexts.map((t) => YEAR.exec(t.normalize('NFKC'))?.[1]).find(Boolean);
  heading.fiscalYear = year ?? '';
  return { heading, form: { funds, goals, indicators: indicators.rows, total: indicators.total }, end, headingTexts };
}

type Put = (field: string, cell: Cell | undefined) => string;

function readFunds(region: Region, headerRow: number, put: Put): Record<string, unknown> {
  const funds: Record<string, Record<string, string>> = {};
  for (const [key] of FUNDS_ROWS) {
    funds[key] = key === 'total'
      ? { initialBudget: '', annualBudget: '', executed: '', weight: '', executionRate: '', score: '' }
      : { initialBudget: '', annualBudget: '', executed: '' };
  }
  const block = region.findLast(FUNDS_BLOCK, region.top, headerRow - 1);
  if (block) region.read(block);
  let unit = block ? /\(([^)]+)\)/.exec(labelOf(block.text))?.[1] : undefined;
  const unitLine = region.find(/^(金额)?单位[:：]?(万元|元|亿元)$/, region.top, headerRow - 1);
  if (!unit && unitLine) unit = /(万元|元|亿元)$/.exec(labelOf(unitLine.text))?.[1];
  for (let r = region.top; r < headerRow; r++) {
    const columns = FUNDS_COLUMNS.flatMap(([key, pattern]) => {
      const cell = region.cells(r).find((c) => c.row === r && pattern.test(labelOf(c.text)));
      return cell ? [[key, cell] as const] : [];
    });
    if (columns.length < 3) continue;
    columns.forEach(([, cell]) => region.read(cell));
    markComputedColumns(region, r, headerRow - 1);
    const firstValue = Math.min(...columns.map(([, cell]) => cell.col));
    for (let row = r + 1; row < headerRow; row++) {
      const labels = region.cells(row).filter((c) => c.col < firstValue && c.row === row);
      const key = FUNDS_ROWS.find(([, pattern]) => labels.some((c) => pattern.test(labelOf(c.text))))?.[0];
      if (!key) continue;
      labels.forEach((c) => region.read(c));
      for (const [field, header] of columns) {
        const cell = region.at(row, header.col);
        const value = cell && cell !== header ? put(`funds.${key}.${field}`, cell) : '';
        if (field in funds[key]) funds[key][field] = value;
      }
    }
    break;
  }
  return unit && unit !== '万元' ? { ...funds, unit } : funds;
}

/** Columns Jixiao adds beside the printed ones (system-computed, reviewer-adjusted): derived, not imported. */
function markComputedColumns(region: Region, headerRow: number, lastRow: number): void {
  for (const header of region.cells(headerRow)) {
    if (!/^系统计算|^审核调整|^审核得分|^计算(执行率|得分)/.test(labelOf(header.text))) continue;
    for (let r = headerRow; r <= lastRow; r++) region.read(region.at(r, header.col));
  }
}

function readGoals(region: Region, headerRow: number, put: Put): { planned: string; achieved: string } {
  const block = region.findLast(GOALS.block, region.top, headerRow - 1);
  if (block) region.read(block);
  const planned = region.findLast(GOALS.planned, region.top, headerRow - 1);
  const achieved = region.findLast(GOALS.achieved, region.top, headerRow - 1);
  if (planned || achieved) {
    const below = (header: Cell | undefined, field: string) => {
      if (!header) return '';
      region.read(header);
      const cell = region.at(header.row + header.rowSpan, header.col);
      return cell && cell.row < headerRow ? put(`goals.${field}`, cell) : '';
    };
    return { planned: below(planned, 'planned'), achieved: below(achieved, 'achieved') };
  }
  if (!block) return { planned: '', achieved: '' };
  return { planned: put('goals.planned', region.valueRightOf(block, isLabelText)), achieved: '' };
}

function readIndicators(region: Region, headerRow: number, put: Put) {
  const header = indicatorColumns(region, headerRow);
  const rows: Record<string, string>[] = [];
  let total = { weight: '', score: '' };
  let end = header.lastRow;
  for (let r = header.lastRow + 1; r <= region.bottom; r++) {
    const cells = region.cells(r);
    const totalCell = cells.find((c) => TOTAL_ROW.test(labelOf(c.text)));
    if (totalCell) {
      region.read(totalCell);
      total = { weight: put('total.weight', region.at(r, header.columns.weight)), score: put('total.score', region.at(r, header.columns.score)) };
      cells.filter((c) => /^等级[:：]/.test(c.text) || c.col === header.columns.computed).forEach((c) => region.read(c));
      header.computedColumns.forEach((col) => region.read(region.at(r, col)));
      return { indicators: { rows, total }, end: gradeRow(region, r + 1) ?? r };
    }
    if (cells.some((c) => c.row === r && (FOOTER.test(labelOf(c.text)) || HEADING_LABELS.projectName.test(labelOf(c.text))))) break;
    const row = readIndicatorRow(region, r, header, rows.length, put);
    if (row) rows.push(row);
    end = r;
  }
  return { indicators: { rows, total }, end };
}

/** A 等级 row under the total (the grade as printed, and the system's beside it) is read with the total. */
function gradeRow(region: Region, row: number): number | undefined {
  const cells = region.cells(row).filter((c) => c.row === row);
  if (!cells.some((c) => /^(等级|评价等级|自评等级)$/.test(labelOf(c.text)))) return undefined;
  cells.forEach((c) => region.read(c));
  return row;
}

const ROW_FIELDS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'];

function readIndicatorRow(region: Region, r: number, header: ReturnType<typeof indicatorColumns>, index: number, put: Put) {
  const text = (key: string) => (header.columns[key] ? region.at(r, header.columns[key])?.text ?? '' : '');
  if (['name', 'target', 'actual', 'weight', 'score', 'deviation'].every((k) => text(k) === '')) return null;
  const row: Record<string, string> = {};
  for (const key of [...ROW_FIELDS, 'comparator', 'unit']) {
    const col = header.columns[key];
    if (!col) {
      if (ROW_FIELDS.includes(key)) row[key] = '';
      continue;
    }
    const cell = region.at(r, col);
    const printed = put(`indicators[${index}].${key}`, cell);
    const value = key === 'deviation' ? printed : compact(printed);
    if (ROW_FIELDS.includes(key) || value !== '') row[key] = value;
  }
  if (header.columns.serial) region.read(region.at(r, header.columns.serial));
  header.computedColumns.forEach((col) => region.read(region.at(r, col)));
  return row;
}

/** Column of each field from the heading rows (a heading may span two rows: 年度指标值 over 指标性质 | 指标值 | 度量单位). */
function indicatorColumns(region: Region, headerRow: number) {
  const headings = region.cells(headerRow).filter((c) => INDICATOR_COLUMNS.some(([, pattern]) => pattern.test(labelOf(c.text))));
  let lastRow = headerRow + Math.max(1, ...headings.map((c) => c.rowSpan + c.row - headerRow)) - 1;
  if (region.cells(lastRow + 1).some((c) => /^指标性质$|^(度量|计量)单位$/.test(labelOf(c.text)))) lastRow += 1;
  const columns: Record<string, number> = {};
  const computedColumns: number[] = [];
  for (let r = lastRow; r >= headerRow; r--) {
    for (const cell of region.cells(r)) {
      region.read(cell);
      const label = labelOf(cell.text);
      const key = INDICATOR_COLUMNS.find(([, pattern]) => pattern.test(label))?.[0];
      if (key === 'computed') computedColumns.push(cell.col);
      else if (key && columns[key] === undefined) columns[key] = cell.col;
    }
  }
  return { columns, computedColumns, lastRow };
}

/** Title, heading and footer lines are kept as printed; returns their texts. */
function keepLines(region: Region, from: number, to: number, trace: Trace, only?: RegExp): string[] {
  const texts: string[] = [];
  for (let r = from; r <= to; r++) {
    for (const cell of region.cells(r)) {
      if (cell.row !== r || !cell.text || region.used.has(cell)) continue;
      if (only && !only.test(labelOf(cell.text))) continue;
      if (!only && cell.colSpan < 2 && region.cells(r).filter((c) => c.text).length > 1 && !HEADING_LINE.test(labelOf(cell.text))) continue;
      region.read(cell);
      trace.lines.push({ place: cell.place, text: cell.text });
      texts.push(cell.text);
    }
  }
  return texts;
}
