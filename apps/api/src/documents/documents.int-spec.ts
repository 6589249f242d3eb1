import { createHash } from 'node:crypto';
import { Workbook } from 'exceljs';
import { renderXlsx } from '@jixiao/documents';
import { hotline } from '@jixiao/testing';
import { useTestApp } from '../../../../test/support/test-app';
import { startWorkerSystem, until, type WorkerSystem } from '../../../../test/support/worker-test-kit';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const comparable = (report: any) => ({
  title: report.title, fiscalYear: report.fiscalYear, funds: report.funds, execution: report.execution, total: report.total, grade: report.grade,
  indicators: report.indicators.map(({ id: _id, ...rest }: any) => rest), flags: report.flags,
});

describe('documents over HTTP', () => {
  const { as, http, db } = useTestApp();
  let system: WorkerSystem;
  beforeAll(() => { system = startWorkerSystem(db.pool); });
  afterAll(() => system.stop());

  it('serves a blank template that, filled in and uploaded, gives the same report as the JSON import', async () => {
    const template = await http().get('/api/templates/project-form.xlsx').buffer(true).parse(binary).expect(200).expect('Content-Type', XLSX);
    const workbook = new Workbook();
    await workbook.xlsx.load(template.body);
    expect(workbook.getWorksheet('项目支出绩效自评表')!.getCell('A1').value).toBe('项目支出绩效自评表');

    const preparer = await as('hn-preparer');
    const filled = await renderXlsx({ reportId: 'x', version: 1, revision: 1, state: 'draft', title: '', document: hotline() });
    const uploaded = await preparer.post('/api/reports').attach('file', filled, 'form.xlsx').expect(201);
    const fromJson = await preparer.post('/api/reports').send(hotline()).expect(201);
    const [a, b] = await Promise.all([uploaded, fromJson].map((r) => preparer.get(`/api/reports/${r.body.id}`).expect(200)));
    expect(comparable(a.body)).toEqual(comparable(b.body));
  });

  it('refuses an upload that is not a workbook with a 400 naming the file', async () => {
    const res = await (await as('hn-preparer')).post('/api/reports').attach('file', Buffer.from('plain text'), 'form.xlsx').expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: expect.stringMatching(/^file/) })]);
  });

  it('serves each version’s documents to its department, and the published version to anyone', async () => {
    const preparer = await as('hn-preparer');
    const { body: { id } } = await preparer.post('/api/reports').send(hotline()).expect(201);
    const url = `/api/reports/${id}/documents`;
    const listed = await until(() => preparer.get(url).then((r) => r.body), (rows: any[]) => rows.length === 3);
    expect(listed.map((d: any) => [d.format, d.version])).toEqual([['docx', 1], ['pdf', 1], ['xlsx', 1]]);
    const pdf = await preparer.get(`${url}/pdf`).buffer(true).parse(binary).expect(200).expect('Content-Type', 'application/pdf');
    expect(createHash('sha256').update(pdf.body).digest('hex')).toBe(listed.find((d: any) => d.format === 'pdf').sha256);
    await http().get(url).expect(401);
    await (await as('hh-preparer')).get(url).expect(404);
    await preparer.get(`${url}/pdf?version=x`).expect(400);
    await preparer.get(`${url}/odt`).expect(404);

    await preparer.post(`/api/reports/${id}/submit`).set('If-Match', '"1"').expect(200);
    await (await as('hn-head')).post(`/api/reports/${id}/sign-off`).set('If-Match', '"2"').expect(200);
    const reviewer = await as('reviewer');
    await reviewer.post(`/api/reports/${id}/approve`).set('If-Match', '"3"').expect(200);
    await reviewer.post(`/api/reports/${id}/publish`).set('If-Match', '"4"').expect(200);
    const published = await until(() => http().get(url).then((r) => r.body), (rows) => Array.isArray(rows) && rows.length === 3);
    expect(published.map((d: any) => d.version)).toEqual([5, 5, 5]);
    await http().get(`${url}/xlsx`).expect(200).expect('Content-Type', XLSX);
    await http().get(`${url}/xlsx?version=1`).expect(401);
  });
});
