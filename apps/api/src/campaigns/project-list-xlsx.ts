import ExcelJS from 'exceljs';
import { InvalidInput, PROJECT_LIST_COLUMNS, ProjectListRow } from '@jixiao/domain';

const SHEET = '项目清单';

/** The downloadable template: one sheet, the eight columns labelled as SPEC §17 names them, amounts in 万元. */
export async function projectListTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  sheet.columns = PROJECT_LIST_COLUMNS.map(([key, header]) => ({ key, header, width: key === 'name' || key === 'implementingUnit' ? 36 : 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({ code: '009-001', name: '示例项目（导入前请删除此行）', department: '009', implementingUnit: '淮南市人民政府办公室',
    initialBudget: '120', annualBudget: '120', executed: '', executionWeight: '' });
  sheet.getCell('G1').note = '可留空';
  sheet.getCell('H1').note = '留空按 10 分';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a filled-in list; columns are found by their labels in the first row, rows keep their sheet numbers. */
export async function readProjectListXlsx(buffer: Buffer): Promise<ProjectListRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new InvalidInput([{ path: 'file', message: '文件不是可读取的 XLSX 工作簿' }]);
  }
  const sheet = workbook.getWorksheet(SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new InvalidInput([{ path: 'file', message: '工作簿中没有工作表' }]);
  const header = sheet.getRow(1);
  const columnOf = new Map<string, number>();
  header.eachCell((cell, column) => columnOf.set(textOf(cell.value), column));
  const missing = PROJECT_LIST_COLUMNS.filter(([, label]) => !columnOf.has(label)).map(([, label]) => label);
  if (missing.length) throw new InvalidInput([{ path: 'file', message: `第 1 行缺少列：${missing.join('、')}（请使用项目清单模板）` }]);
  const rows: ProjectListRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = PROJECT_LIST_COLUMNS.map(([key, label]) => [key, textOf(row.getCell(columnOf.get(label)!).value)] as const);
    if (cells.every(([, text]) => text === '')) return;
    rows.push({ row: number, ...Object.fromEntries(cells) } as ProjectListRow);
  });
  return rows;
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}
