import type { Cell, Worksheet } from 'exceljs';

const THIN = { style: 'thin' as const };
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function put(sheet: Worksheet, address: string, value: string | number | null, options: { bold?: boolean; size?: number; align?: 'left' | 'center' } = {}): Cell {
  const cell = sheet.getCell(address);
  cell.value = value ?? '';
  cell.font = { name: 'SimSun', size: options.size ?? 10, bold: options.bold ?? false };
  cell.alignment = { vertical: 'middle', horizontal: options.align ?? 'center', wrapText: true };
  return cell;
}

export function merge(sheet: Worksheet, range: string, value: string | number | null, options: Parameters<typeof put>[3] = {}): void {
  sheet.mergeCells(range);
  put(sheet, range.split(':')[0], value, options);
}

export function borderRows(sheet: Worksheet, fromRow: number, toRow: number, columns: number): void {
  for (let row = fromRow; row <= toRow; row++) {
    for (let column = 1; column <= columns; column++) sheet.getCell(row, column).border = BORDER;
  }
}
