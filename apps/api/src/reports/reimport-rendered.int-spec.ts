import { beijingOffice, hotline } from '@jixiao/testing';
import { useTestApp } from '../../../../test/support/test-app';
import { startWorkerSystem, until, type WorkerSystem } from '../../../../test/support/worker-test-kit';

// Issue #9 item 4 / SPEC §18, end to end: the XLSX and DOCX the worker rendered import back to the same document.

const binary = (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('re-importing the documents the worker rendered', () => {
  const { as, db } = useTestApp();
  let system: WorkerSystem;
  beforeAll(() => { system = startWorkerSystem(db.pool); });
  afterAll(() => system.stop());

  const importedDocument = async (user: 'hn-preparer' | 'hh-preparer', id: string) => {
    const history = (await (await as(user)).get(`/api/reports/${id}/history`).expect(200)).body;
    const { origin: _origin, ...document } = history[0].data.document;
    return document;
  };

  it.each([
    ['a department report', 'hh-preparer', beijingOffice()],
    ['a project form', 'hn-preparer', hotline()],
  ] as const)('%s: XLSX and DOCX import back to the same import document', async (_kind, user, fixture) => {
    const preparer = await as(user);
    const { body: { id } } = await preparer.post('/api/reports').send(fixture).expect(201);
    const url = `/api/reports/${id}/documents`;
    // The first render of a run loads the CJK font; a department report is the longest document.
    await until(() => preparer.get(url).then((r) => r.body), (rows: any[]) => Array.isArray(rows) && rows.length === 3, 90_000);
    const original = await importedDocument(user, id);
    for (const format of ['xlsx', 'docx']) {
      const file = (await preparer.get(`${url}/${format}`).buffer(true).parse(binary).expect(200)).body;
      const again = await preparer.post('/api/reports').attach('file', file, `rendered.${format}`).expect(201);
      expect(await importedDocument(user, again.body.id)).toEqual(original);
    }
  });
});
