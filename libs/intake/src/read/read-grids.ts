import { Cell, Grid, labelOf, rowCells } from '../grid';
import { FOOTER, isIndicatorHeader, isRuleHeader } from './labels';
import { emptyTrace, Trace } from './notes';
import { FormRead, readForm } from './project-form';
import { lineOf, Region, systemLines } from './region';

export interface ReadForm {
  sheet: string;
  ok: boolean;
  document?: Record<string, unknown>;
  problems?: { path: string; message: string }[];
  trace: Trace;
}

/** Rows whose labels head an indicator table, a rule table, or title 附件2, in one grid. */
export function anchorsOf(grid: Grid) {
  const forms: number[] = [];
  const rules: number[] = [];
  const baseData: number[] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    const labels = rowCells(grid, r).filter((c) => c.row === r).map((c) => labelOf(c.text));
    if (isIndicatorHeader(labels)) forms.push(r);
    else if (isRuleHeader(labels)) rules.push(r);
    else if (/基础数据表/.test(lineOf(grid, r)?.text ?? '')) baseData.push(r);
  }
  return { forms, rules, baseData };
}

/** Project forms: one per indicator table, on any sheet, several per sheet. */
export function readProjectForms(grids: Grid[], fileName: string): ReadForm[] {
  const results: ReadForm[] = [];
  for (const grid of grids) {
    const headers = anchorsOf(grid).forms;
    let top = 1;
    headers.forEach((headerRow, k) => {
      const isLast = k === headers.length - 1;
      const region = new Region(grid, top, isLast ? grid.rowCount : headers[k + 1] - 1);
      const trace = emptyTrace();
      const read = readForm(region, headerRow, trace, '');
      systemLines(region, read.end + 1, region.bottom);
      const end = isLast ? grid.rowCount : lastUsedRow(region, read.end);
      unplaced(region, top, end, trace);
      const nth = `第${k + 1}张表`;
      const sheet = headers.length === 1 ? grid.name : grid.name ? `${grid.name}（${nth}）` : nth;
      results.push(projectForm(read, trace, sheet, [grid.name, fileName]));
      top = end + 1;
    });
  }
  return results;
}

function projectForm(read: FormRead, trace: Trace, sheet: string, names: string[]): ReadForm {
  const fiscalYear = read.heading.fiscalYear || names.map((n) => /((?:19|20)\d{2})/.exec(n)?.[1]).find(Boolean) || '';
  const problems = [];
  if (!read.heading.projectName) problems.push({ path: trace.cells.projectName ?? (sheet || names[1]), message: '项目名称未填写（找不到“项目名称”或其右侧的单元格为空）' });
  if (!fiscalYear) problems.push({ path: sheet || names[1], message: '无法识别年度：表头、工作表名或文件名中应有“2024年度”之类的年份' });
  if (problems.length) return { sheet, ok: false, problems, trace };
  return {
    sheet, ok: true, trace,
    document: { format: 'jixiao.project-form.v1', ...read.heading, fiscalYear, ...read.form },
  };
}

/** The form's end: its total row, then any footer lines (填表人 …) that follow it. */
export function lastUsedRow(region: Region, end: number): number {
  let last = end;
  for (let r = end + 1; r <= region.bottom; r++) {
    const filled = region.cells(r).filter((c) => c.row === r && c.text);
    if (filled.length === 0) continue;
    if (!filled.every((c) => region.used.has(c) || FOOTER.test(labelOf(c.text)))) break;
    last = r;
  }
  return last;
}

export function unplaced(region: Region, from: number, to: number, trace: Trace): void {
  for (const cell of region.unread(from, to)) trace.notes.push(unplacedNote(cell));
}

export const unplacedNote = (cell: Cell) => ({
  code: 'CELL_UNPLACED' as const, place: cell.place, text: cell.text,
  message: `单元格 ${cell.place} 的内容未能归入自评表的任何栏目，已原样保留：${cell.text.slice(0, 60)}`,
});
