import { renderDocx, renderXlsx, blankProjectFormTemplate } from '@jixiao/documents';
import { embedImportDocument } from '@jixiao/intake';
import { scoreDocument } from '@jixiao/scoring';
import { beijingOffice, hotline, partOf, projectFormFixtures, zipBombXlsx, zipOf } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

const inputOf = (document: any) => ({
  reportId: 'r', version: 1, revision: 1, state: 'draft', title: document.projectName ?? document.title, document,
  result: scoreDocument(document) as any,
});
const rendered = async (document: any, render: typeof renderXlsx) => embedImportDocument(await render(inputOf(document)), document);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('importing files (SPEC §18, §19)', () => {
  const { as, db } = useTestApp();
  const count = async () => Number((await db.pool.query('SELECT count(*) FROM report_summary')).rows[0].count);

  it('re-imports a rendered department report as a department report, not a form of 附件3 alone (#9 item 4)', async () => {
    const hh = await as('hh-preparer');
    const res = await hh.post('/api/reports').attach('file', await rendered(beijingOffice(), renderXlsx), { filename: '部门整体.xlsx', contentType: XLSX });
    expect(res.status).toBe(201);
    const report = (await hh.get(`/api/reports/${res.body.id}`)).body;
    expect(report.kind).toBe('department-report');
    expect(report.indicators.filter((i: any) => i.section === 'rules')).toHaveLength(beijingOffice().ruleIndicators.length);
  });

  it('gives every flag of an imported file its sheet and cell', async () => {
    const hn = await as('hn-preparer');
    const form = projectFormFixtures().find((f) => f.file.startsWith('09'))!.document;
    const res = await hn.post('/api/reports').attach('file', await renderXlsx(inputOf(form)), '华侨.xlsx').expect(201);
    const { flags } = (await hn.get(`/api/reports/${res.body.id}`)).body;
    expect(flags).toContainEqual(expect.objectContaining({ code: 'EXECUTION_RATE_MISMATCH', at: '项目支出绩效自评表!H6' }));
    expect(flags.filter((f: any) => !f.at && /^(funds|indicators\[|total)/.test(f.path))).toEqual([]);
  });

  it('answers the same file imported twice into one department and year with the first report', async () => {
    const hn = await as('hn-preparer');
    const file = await rendered(hotline(), renderDocx);
    const first = await hn.post('/api/reports').attach('file', file, '热线.docx');
    expect(first.status).toBe(201);
    const before = await count();
    const second = await hn.post('/api/reports').attach('file', file, '热线-副本.docx');
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(await count()).toBe(before);
  });

  it('imports many files and a zip in one request, one result per form, and names the cell of a refused one', async () => {
    const hn = await as('hn-preparer');
    const blank = await blankProjectFormTemplate();
    const form = { ...hotline(), projectName: '批量导入测试项目' };
    const zip = zipOf([partOf('a/表一.xlsx', await renderXlsx(inputOf(form))), partOf('b/空白.xlsx', blank)]);
    const res = await hn.post('/api/reports/bulk')
      .attach('files', Buffer.from(JSON.stringify({ ...hotline(), projectName: 'JSON 项目' })), 'form.json')
      .attach('files', zip, 'forms.zip');
    expect(res.status).toBe(201);
    expect(res.body).toEqual([
      { file: 'form.json', sheet: '', ok: true, id: expect.any(String) },
      { file: 'forms.zip/a/表一.xlsx', sheet: '项目支出绩效自评表', ok: true, id: expect.any(String) },
      { file: 'forms.zip/b/空白.xlsx', sheet: '项目支出绩效自评表', ok: false, problems: [{ path: '项目支出绩效自评表!C3', message: expect.stringContaining('项目名称') }] },
    ]);
  });

  it.each([
    ['honest', {}],
    ['lying about its size', { lieAboutSize: true }],
  ])('refuses a zip bomb (%s) with 413 at once, appends nothing, and keeps serving', async (_name, options) => {
    const hn = await as('hn-preparer');
    const bomb = await zipBombXlsx(await blankProjectFormTemplate(), 400, options);
    const before = await count();
    const single = await hn.post('/api/reports').attach('file', bomb, 'bomb.xlsx');
    expect(single.status).toBe(413);
    expect(single.body.detail).toMatch(/压缩炸弹|超过/);
    const bulk = await hn.post('/api/reports/bulk').attach('files', zipOf([partOf('bomb.xlsx', bomb)]), 'bombs.zip');
    expect(bulk.status).toBe(413);
    expect(await count()).toBe(before);
    expect((await hn.get('/api/reports')).status).toBe(200);
  });

  it('checks the organisation workbook an admin uploads the same way (SPEC §19: every upload)', async () => {
    const admin = await as('admin');
    const bomb = await zipBombXlsx(await blankProjectFormTemplate(), 300);
    const res = await admin.post('/api/admin/organisation').attach('file', bomb, '组织.xlsx');
    expect(res.status).toBe(413);
    expect((await admin.get('/api/reports')).status).toBe(200);
  });

  it('refuses a file it cannot read with 400 naming the file, and a file of an unknown kind', async () => {
    const hn = await as('hn-preparer');
    const bad = await hn.post('/api/reports').attach('file', Buffer.from('not a workbook'), 'x.xlsx');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toEqual({ path: 'file:x.xlsx', message: expect.stringContaining('XLSX') });
    const unknown = await hn.post('/api/reports').attach('file', Buffer.from('hello'), 'notes.txt');
    expect(unknown.status).toBe(400);
  });
});
