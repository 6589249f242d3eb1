import { Workbook } from 'exceljs';
import { organisationTemplate, readOrganisationWorkbook } from './organisation-workbook';

async function workbook(users: string[][]): Promise<Buffer> {
  const book = new Workbook();
  book.addWorksheet('区划').addRow(['区划编码', '区划名称', '上级区划编码']);
  book.addWorksheet('单位').addRow(['单位编码', '单位名称', '所属区划编码', '上级单位编码']);
  const sheet = book.addWorksheet('用户');
  users.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the organisation workbook (SPEC §16)', () => {
  it('reads the blank template back as an empty organisation', async () => {
    expect(await readOrganisationWorkbook(await organisationTemplate())).toEqual({ ok: true, input: { regions: [], units: [], users: [] } });
  });

  it('takes one scope column as the department of a preparer or head and the region of anyone else', async () => {
    const read = await readOrganisationWorkbook(await workbook([
      ['用户名', '姓名', '角色', '所属单位编码或区划', '所属单位编码'],
      ['p1', '甲', '填表人', '', '009'],
      ['r1', '乙', '财政审核人', '', '340400'],
    ]));
    expect(read.ok && read.input.users.map((u) => [u.username, u.department, u.region, u.email])).toEqual([
      ['p1', '009', null, null], ['r1', null, '340400', null],
    ]);
  });

  it('names a missing column, and skips blank rows', async () => {
    const missing = await readOrganisationWorkbook(await workbook([['用户名', '角色']]));
    expect(missing).toEqual({ ok: false, problems: [expect.objectContaining({ sheet: '用户', row: 1, message: expect.stringContaining('姓名') })] });
    const blank = await readOrganisationWorkbook(await workbook([['用户名', '姓名', '角色', '所属单位编码', '所属区划编码', '电子邮箱'], [], ['', ' ']]));
    expect(blank.ok && blank.input.users).toEqual([]);
  });
});
