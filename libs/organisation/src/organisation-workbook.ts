import { Workbook, type Worksheet } from 'exceljs';
import { ROLE_LABELS_IN_FILES, roleOf, type OrganisationInput, type RowProblem, type Sheet } from '@jixiao/domain';

/** SPEC §16: the bulk template's sheets and their Chinese column labels. */
export const SHEETS = {
  区划: ['区划编码', '区划名称', '上级区划编码'],
  单位: ['单位编码', '单位名称', '所属区划编码', '上级单位编码'],
  用户: ['用户名', '姓名', '角色', '所属单位编码', '所属区划编码', '电子邮箱'],
} as const satisfies Record<Sheet, readonly string[]>;

const MAX_ROWS = 10000;
const NOTES = [
  '填写说明',
  '区划：每行一个财政局及其区域（省、市、县）。上级区划编码留空表示最上级。',
  '单位：上级单位编码留空的行是主管部门，须填所属区划编码；填了上级单位编码的行是其下属的实施单位/预算单位。',
  `用户：角色为 ${Object.values(ROLE_LABELS_IN_FILES).join('、')} 之一。填表人、单位负责人填所属单位编码（主管部门）；财政审核人、审计填所属区划编码；管理员可填所属区划编码以限定管理范围。`,
  '新账号的一次性密码只在导入结果中显示一次，首次登录时须修改密码。',
  '文件中任何一行有误，整份文件都不会导入。已存在的编码和用户名按文件内容更新。',
];

export async function organisationTemplate(): Promise<Buffer> {
  const workbook = new Workbook();
  for (const [name, labels] of Object.entries(SHEETS)) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...labels]).font = { bold: true };
    sheet.columns.forEach((column) => { column.width = 20; });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const roles = `"${Object.values(ROLE_LABELS_IN_FILES).join(',')}"`;
  for (let row = 2; row <= 500; row++) {
    workbook.getWorksheet('用户')!.getCell(`C${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: [roles] };
  }
  const notes = workbook.addWorksheet('说明');
  NOTES.forEach((line) => notes.addRow([line]));
  notes.getColumn(1).width = 120;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type ReadOrganisation = { ok: true; input: OrganisationInput } | { ok: false; problems: RowProblem[] };

const fileProblem = (sheet: Sheet, label: string, message: string): RowProblem => ({ sheet, row: 1, field: label, label, message });

export async function readOrganisationWorkbook(buffer: Buffer): Promise<ReadOrganisation> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problems: [fileProblem('区划', '文件', '不是有效的 XLSX 文件')] };
  }
  const problems: RowProblem[] = [];
  const rows = (sheet: Sheet) => {
    const found = sheetRows(workbook.getWorksheet(sheet), sheet);
    if ('problem' in found) problems.push(found.problem);
    return 'problem' in found ? [] : found.rows;
  };
  const input: OrganisationInput = {
    regions: rows('区划').map(({ row, get }) => ({ row, code: get('区划编码'), name: get('区划名称'), parentCode: get('上级区划编码') || null })),
    units: rows('单位').map(({ row, get }) => ({
      row, code: get('单位编码'), name: get('单位名称'), regionCode: get('所属区划编码') || null, parentCode: get('上级单位编码') || null,
    })),
    users: rows('用户').map(({ row, get, has }) => {
      // One scope column is enough: its code is the department of a preparer or head, else the region.
      const single = has('所属单位编码') !== has('所属区划编码') ? get('所属单位编码') || get('所属区划编码') : null;
      const byDepartment = ['preparer', 'head'].includes(roleOf(get('角色')) ?? '');
      return {
        row, username: get('用户名'), displayName: get('姓名'), role: get('角色'),
        department: (single === null ? get('所属单位编码') : byDepartment ? single : '') || null,
        region: (single === null ? get('所属区划编码') : byDepartment ? '' : single) || null,
        email: get('电子邮箱') || null,
      };
    }),
  };
  return problems.length ? { ok: false, problems } : { ok: true, input };
}

type Row = { row: number; get: (label: string) => string; has: (label: string) => boolean };

/** Columns a sheet may leave out: the user's email, and one of its two scope columns. */
const OPTIONAL = new Set(['电子邮箱', '所属单位编码', '所属区划编码']);

function sheetRows(sheet: Worksheet | undefined, name: Sheet): { rows: Row[] } | { problem: RowProblem } {
  if (!sheet) return { problem: fileProblem(name, '工作表', `缺少工作表「${name}」`) };
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columns.set(textOf(cell.value), column));
  const optional = name === '用户' ? OPTIONAL : new Set<string>();
  const missing = SHEETS[name].filter((label) => !columns.has(label) && !optional.has(label));
  if (name === '用户' && !columns.has('所属单位编码') && !columns.has('所属区划编码')) missing.push('所属单位编码');
  if (missing.length) return { problem: fileProblem(name, missing[0], `第 1 行缺少列「${missing.join('」「')}」`) };
  if (sheet.rowCount > MAX_ROWS + 1) return { problem: fileProblem(name, '工作表', `超过 ${MAX_ROWS} 行`) };
  const rows: Row[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const has = (label: string) => columns.has(label);
    const get = (label: string) => (has(label) ? textOf(row.getCell(columns.get(label)!).value) : '');
    if (SHEETS[name].every((label) => !get(label))) continue;
    rows.push({ row: r, get, has });
  }
  return { rows };
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return (value as { richText: { text: string }[] }).richText.map((t) => t.text).join('').trim();
    if ('result' in value) return String((value as { result: unknown }).result ?? '').trim();
    if ('text' in value) return String((value as { text: unknown }).text).trim();
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}
