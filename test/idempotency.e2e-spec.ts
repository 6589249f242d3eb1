import { randomUUID } from 'node:crypto';
import { renderXlsx } from '@jixiao/documents';
import { hotline, organisationFile } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

/** SPEC §10, §19: a repeat returns the first response; a different request under the same key is 409. */
describe('Idempotency-Key', () => {
  const { as, db, http } = useTestApp();
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

  describe('on the admin POSTs (SPEC §16)', () => {
    const orgEvents = async () => Number((await db.pool.query(`SELECT count(*) FROM events WHERE stream_id = 'organisation'`)).rows[0].count);

    it('a repeated password reset returns the first one-time password, which still signs in; nothing is reset twice', async () => {
      const admin = await as('admin');
      const key = randomUUID();
      const first = await admin.post('/api/admin/users/hn-head/reset-password').set('Idempotency-Key', key).expect(200);
      const events = await orgEvents();
      const again = await admin.post('/api/admin/users/hn-head/reset-password').set('Idempotency-Key', key).expect(200);
      expect(again.body).toEqual(first.body);
      expect(await orgEvents()).toBe(events);
      await http().post('/api/auth/login').send({ username: 'hn-head', password: first.body.oneTimePassword }).expect(200);
      const stored = (await db.pool.query('SELECT body FROM idempotency_keys WHERE key = $1', [key])).rows[0].body;
      expect(JSON.stringify(stored)).not.toContain(first.body.oneTimePassword);
      const other = await admin.post('/api/admin/users/hh-head/reset-password').set('Idempotency-Key', key);
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('creates an account once however often the request is repeated, answering each repeat as the first', async () => {
      const admin = await as('admin');
      const key = randomUUID();
      const body = { username: 'once-preparer', displayName: '只建一次', role: 'preparer', department: '009' };
      const answers = await Promise.all(Array.from({ length: 6 }, () => admin.post('/api/admin/users').set('Idempotency-Key', key).send(body)));
      expect(answers.map((res) => res.status)).toEqual(answers.map(() => 201));
      answers.forEach((res) => expect(res.body).toEqual(answers[0].body));
      const other = await admin.post('/api/admin/users').set('Idempotency-Key', key).send({ ...body, displayName: '另一个' });
      expect(other.status).toBe(409);
      expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', errors: [{ path: 'Idempotency-Key' }] });
    });

    it.each([
      ['/api/admin/regions', { code: '340422', name: '寿县财政局', parentCode: '340400' }],
      ['/api/admin/departments', { code: '031', name: '淮南市审计局', regionCode: '340400' }],
      ['/api/admin/units', { code: '009099', name: '淮南市政务数据中心', departmentCode: '009' }],
    ])('%s: a repeat answers 201 with the first reply, not a duplicate refusal; another body is 409', async (url, body) => {
      const admin = await as('admin');
      const key = randomUUID();
      const first = await admin.post(url).set('Idempotency-Key', key).send(body).expect(201);
      const again = await admin.post(url).set('Idempotency-Key', key).send(body).expect(201);
      expect(again.body).toEqual(first.body);
      await admin.post(url).send(body).expect(400);
      const other = await admin.post(url).set('Idempotency-Key', key).send({ ...body, name: '另一个名称' }).expect(409);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('a repeated bulk import of the same file answers with the first reply (its one-time passwords); another file is 409', async () => {
      const admin = await as('admin');
      const key = randomUUID();
      const file = await organisationFile({ 区划: [], 单位: [['032', '淮南市统计局', '340400', '']], 用户: [['tj-preparer', '统计填表人', '填表人', '032', '', '']] });
      const first = await admin.post('/api/admin/organisation').set('Idempotency-Key', key).attach('file', file, 'org.xlsx').expect(200);
      expect(first.body.counts.created).toBe(2);
      const again = await admin.post('/api/admin/organisation').set('Idempotency-Key', key).attach('file', file, 'org.xlsx').expect(200);
      expect(again.body).toEqual(first.body);
      const other = await organisationFile({ 区划: [], 单位: [], 用户: [['tj-head', '统计负责人', '单位负责人', '032', '', '']] });
      expect((await admin.post('/api/admin/organisation').set('Idempotency-Key', key).attach('file', other, 'org.xlsx')).status).toBe(409);
    });
  });
});
