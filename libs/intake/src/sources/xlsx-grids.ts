import { Cell as ExcelCell, Workbook, Worksheet } from 'exceljs';
import { columnName, Grid, GridBuilder } from '../grid';
import { printedDate, printedNumber } from './printed-number';

export class UnreadableFile extends Error {}

/** Every visible sheet of a workbook as a grid of printed cell texts, merged ranges resolved. */
export async function xlsxGrids(bytes: Buffer): Promise<Grid[]> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('不是有效的 XLSX 文件');
  }
  return workbook.worksheets.filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden').map(sheetGrid);
}

function sheetGrid(sheet: Worksheet): Grid {
  const grid = new GridBuilder(sheet.name);
  const spans = mergedRanges(sheet);
  const place = (row: number, col: number) => `${sheet.name}!${columnName(col)}${row}`;
  for (const range of spans.values()) {
    grid.put({
      text: cellText(sheet.getCell(range.top, range.left)), row: range.top, col: range.left,
      rowSpan: range.bottom - range.top + 1, colSpan: range.right - range.left + 1, place: place(range.top, range.left),
    });
  }
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged) return;
      grid.put({ text: cellText(cell), row: r, col: c, rowSpan: 1, colSpan: 1, place: place(r, c) });
    });
  });
  return grid.build();
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergedRanges(sheet: Worksheet): Map<string, Range> {
  const ranges = new Map<string, Range>();
  const merges = (sheet as unknown as { _merges?: Record<string, { model: Range }> })._merges ?? {};
  for (const [key, range] of Object.entries(merges)) ranges.set(key, range.model);
  return ranges;
}

/** A cell's text as printed: number formats applied, rich text joined, formulas by their result. */
export function cellText(cell: ExcelCell): string {
  return printed(cell.value, cell.numFmt).replace(/\r\n?/g, '\n').trim();
}

function printed(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return printedNumber(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return printedDate(value, numFmt);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) return (object.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in object || 'formula' in object || 'sharedFormula' in object) return printed(object.result, numFmt);
    if ('text' in object) return printed(object.text, numFmt);
    if ('error' in object) return String(object.error);
  }
  return String(value);
}
