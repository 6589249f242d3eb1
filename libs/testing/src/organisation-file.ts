import { Workbook } from 'exceljs';

type Sheets = Partial<Record<'区划' | '单位' | '用户', string[][]>>;

const HEADINGS = {
  区划: ['区划编码', '区划名称', '上级区划编码'],
  单位: ['单位编码', '单位名称', '所属区划编码', '上级单位编码'],
  用户: ['用户名', '姓名', '角色', '所属单位编码', '所属区划编码', '电子邮箱'],
};

/** An organisation workbook as an admin fills in the template (SPEC §16): row 1 headings, then the given rows. */
export async function organisationFile(sheets: Sheets): Promise<Buffer> {
  const workbook = new Workbook();
  for (const [name, headings] of Object.entries(HEADINGS)) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(headings);
    for (const row of sheets[name as keyof Sheets] ?? []) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
