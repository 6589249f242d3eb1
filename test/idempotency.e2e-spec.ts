import { randomUUID } from 'node:crypto';
import { renderXlsx } from '@jixiao/documents';
import { hotline } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

/** SPEC §10, §19: a repeat returns the first response; a different request under the same key is 409. */
describe('Idempotency-Key', () => {
  const { as, db } = useTestApp();
  const eventsOf = async (id: string) =>
    Number((await db.pool.query('SELECT count(*) FROM events WHERE stream_id = $1', [`report-${id}`])).rows[0].count);
  const workbook = (projectName: string) =>
    renderXlsx({ reportId: 'x', version: 1, revision: 1, state: 'draft', title: '', document: { ...hotline(), projectName } });

  it('refuses a repeat with a different uploaded file: 409 IDEMPOTENCY_KEY_REUSED, nothing created', async () => {
    const preparer = await as('hn-preparer');
    const key = randomUUID();
    const file = await workbook('甲项目');
    const first = await preparer.post('/api/reports').set('Idempotency-Key', key).attach('file', file, 'a.xlsx').expect(201);
    const same = await preparer.post('/api/reports').set('Idempotency-Key', key).attach('file', file, 'a.xlsx').expect(201);
    expect(same.body.id).toBe(first.body.id);
    const before = Number((await db.pool.query('SELECT count(*) FROM events')).rows[0].count);
    const other = await preparer.post('/api/reports').set('Idempotency-Key', key).attach('file', await workbook('乙项目'), 'b.xlsx');
    expect(other.status).toBe(409);
    expect(other.headers['content-type']).toMatch(/problem\+json/);
    expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', errors: [{ path: 'Idempotency-Key' }] });
    expect(Number((await db.pool.query('SELECT count(*) FROM events')).rows[0].count)).toBe(before);
  });

  it('refuses a repeat with a different body: 409 IDEMPOTENCY_KEY_REUSED', async () => {
    const preparer = await as('hn-preparer');
    const key = randomUUID();
    await preparer.post('/api/reports').set('Idempotency-Key', key).send(hotline()).expect(201);
    const other = await preparer.post('/api/reports').set('Idempotency-Key', key).send({ ...hotline(), projectName: '另一个项目' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('makes concurrent repeats of a transition wait for the first and answer with its response', async () => {
    const preparer = await as('hn-preparer');
    const { id } = (await preparer.post('/api/reports').send(hotline()).expect(201)).body;
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 12 }, () =>
      preparer.post(`/api/reports/${id}/submit`).set('If-Match', '"1"').set('Idempotency-Key', key).send({})));
    expect(answers.map((res) => res.status)).toEqual(answers.map(() => 200));
    answers.forEach((res) => expect(res.body).toEqual(answers[0].body));
    expect(answers[0].body).toMatchObject({ version: 2, state: 'self_scored' });
    expect(await eventsOf(id)).toBe(2);
  });

  it('makes concurrent repeats of an edit without If-Match apply it once', async () => {
    const reviewer = await as('reviewer');
    const preparer = await as('hn-preparer');
    const head = await as('hn-head');
    const { id } = (await preparer.post('/api/reports').send(hotline()).expect(201)).body;
    await preparer.post(`/api/reports/${id}/submit`).set('If-Match', '"1"').send({}).expect(200);
    await head.post(`/api/reports/${id}/sign-off`).set('If-Match', '"2"').send({}).expect(200);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 12 }, () =>
      reviewer.post(`/api/reports/${id}/comments`).set('Idempotency-Key', key).send({ body: '请补充说明' })));
    expect(answers.map((res) => res.status)).toEqual(answers.map(() => 200));
    expect(await eventsOf(id)).toBe(4);
  });
});
