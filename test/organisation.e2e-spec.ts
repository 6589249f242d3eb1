import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { hotline, organisationFile } from '@jixiao/testing';
import { verifyOrganisation } from '@jixiao/organisation';
import { useTestApp, type DemoUser } from './support/test-app';

const PROBLEM = /application\/problem\+json/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** SPEC §16 over HTTP: the admin API, forced password change, token revocation, bulk import, audit. */
describe('organisation and accounts', () => {
  const { as, http, db } = useTestApp();
  const orgEvents = async () => Number((await db.pool.query(`SELECT count(*) FROM events WHERE stream_id = 'organisation'`)).rows[0].count);
  const login = async (username: string, password: string) => {
    const res = await http().post('/api/auth/login').send({ username, password }).expect(200);
    return res.body as { accessToken: string; user: { mustChangePassword: boolean } };
  };
  const bearer = (token: string) => ({
    get: (url: string) => http().get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string) => http().post(url).set('Authorization', `Bearer ${token}`),
    patch: (url: string) => http().patch(url).set('Authorization', `Bearer ${token}`),
  });
  /** Creates an account as `admin`, signs in with its one-time password and chooses a password; returns a token. */
  const account = async (body: object, by: DemoUser | string = 'admin') => {
    const creator = typeof by === 'string' && by.length > 40 ? bearer(by) : await as(by as DemoUser);
    const created = await creator.post('/api/admin/users').send(body).expect(201);
    const first = await login(created.body.user.username, created.body.oneTimePassword);
    const changed = await bearer(first.accessToken).post('/api/auth/password')
      .send({ current: created.body.oneTimePassword, next: '绩效自评-新密码-2024' }).expect(200);
    return changed.body.accessToken as string;
  };

  it('a new account must choose its password: every other route answers 403 PASSWORD_CHANGE_REQUIRED until then', async () => {
    const created = await (await as('admin')).post('/api/admin/users')
      .send({ username: 'new-preparer', displayName: '新填表人', role: 'preparer', department: '009' }).expect(201);
    expect(created.body.oneTimePassword).toMatch(/^\S{16}$/);
    const first = await login('new-preparer', created.body.oneTimePassword);
    expect(first.user.mustChangePassword).toBe(true);
    const refused = await bearer(first.accessToken).get('/api/reports').expect(403).expect('Content-Type', PROBLEM);
    expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await bearer(first.accessToken).post('/api/reports').send(hotline()).expect(403);
    const weak = await bearer(first.accessToken).post('/api/auth/password').send({ current: created.body.oneTimePassword, next: 'new-preparer' }).expect(400);
    expect(weak.body.errors[0]).toMatchObject({ path: 'next', message: expect.stringContaining('新密码') });
    const wrong = await bearer(first.accessToken).post('/api/auth/password').send({ current: 'not-the-password', next: '绩效自评-新密码-2024' }).expect(400);
    expect(wrong.body.errors[0].path).toBe('current');
    const changed = await bearer(first.accessToken).post('/api/auth/password')
      .send({ current: created.body.oneTimePassword, next: '绩效自评-新密码-2024' }).expect(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    await bearer(changed.body.accessToken).post('/api/reports').send(hotline()).expect(201);
    await bearer(first.accessToken).get('/api/reports').expect(401);
  });

  it('a password change under an Idempotency-Key: a repeat returns the first token and changes nothing; the kept request holds no plain hash of the passwords', async () => {
    const created = await (await as('admin')).post('/api/admin/users')
      .send({ username: 'repeat-changer', displayName: '重复改密', role: 'preparer', department: '009' }).expect(201);
    const first = await login('repeat-changer', created.body.oneTimePassword);
    const body = { current: created.body.oneTimePassword, next: '绩效自评-重复提交-2024' };
    const change = () => bearer(first.accessToken).post('/api/auth/password').set('Idempotency-Key', 'change-once').send(body);
    const changed = await change().expect(200);
    const events = await orgEvents();
    const repeated = await change().expect(200);
    expect(repeated.body).toEqual(changed.body);
    expect(changed.body.user).toMatchObject({ username: 'repeat-changer', mustChangePassword: false });
    expect(await orgEvents()).toBe(events);
    await bearer(changed.body.accessToken).get('/api/reports').expect(200);
    await bearer(first.accessToken).get('/api/reports').expect(401);
    await login('repeat-changer', body.next);
    // The ended token gets only the recorded reply: under another key it changes nothing and is refused as before.
    await bearer(first.accessToken).post('/api/auth/password').set('Idempotency-Key', 'another-key')
      .send({ current: body.next, next: '绩效自评-第三个密码-2026' }).expect(401);
    expect(await orgEvents()).toBe(events);

    const other = await bearer(changed.body.accessToken).post('/api/auth/password').set('Idempotency-Key', 'change-once')
      .send({ current: body.next, next: '绩效自评-另一个密码-2025' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const { rows } = await db.pool.query(`SELECT request_hash, body::text FROM idempotency_keys WHERE username = 'repeat-changer'`);
    expect(rows).toHaveLength(1);
    const plain = createHash('sha256').update(`POST /api/auth/password\n${JSON.stringify(body)}`).digest('hex');
    expect(rows[0].request_hash).not.toBe(plain);
    expect(rows[0].body).not.toContain(changed.body.accessToken);
  });

  it('deactivating an account or changing its role makes its older tokens answer 401 at the next request', async () => {
    const token = await account({ username: 'to-deactivate', displayName: '待停用', role: 'head', department: '009' });
    await bearer(token).get('/api/reports').expect(200);
    await (await as('admin')).patch('/api/admin/users/to-deactivate').send({ active: false }).expect(200);
    await bearer(token).get('/api/reports').expect(401);
    await http().post('/api/auth/login').send({ username: 'to-deactivate', password: '绩效自评-新密码-2024' }).expect(401);

    const reviewerToken = await account({ username: 'to-promote', displayName: '将成为审核人', role: 'preparer', department: '009' });
    await bearer(reviewerToken).get('/api/reports').expect(200);
    const promoted = await (await as('admin')).patch('/api/admin/users/to-promote')
      .send({ role: 'reviewer', department: null, region: '340400' }).expect(200);
    expect(promoted.body).toMatchObject({ role: 'reviewer', region: '340400', department: null });
    await bearer(reviewerToken).get('/api/reports').expect(401);
    const again = await login('to-promote', '绩效自评-新密码-2024');
    await bearer(again.accessToken).get('/api/reports').expect(200);
  });

  it('answers "who made X a reviewer, and when" from the audit', async () => {
    const audit = await (await as('admin')).get('/api/admin/audit?username=to-promote').expect(200);
    const promotion = audit.body.find((e: any) => e.type === 'AccountChanged' && e.data.changes.role);
    expect(promotion).toMatchObject({
      actor: { username: 'admin', role: 'admin' }, at: expect.any(String),
      data: { username: 'to-promote', changes: { role: { from: 'preparer', to: 'reviewer' } }, revokesTokens: true },
    });
    const none = await (await as('admin')).get('/api/admin/audit?username=to-promote&to=2000-01-01').expect(200);
    expect(none.body).toEqual([]);
  });

  it('logout ends the current token only', async () => {
    const one = await login('hh-head', 'jixiao-demo');
    const two = await login('hh-head', 'jixiao-demo');
    await bearer(one.accessToken).post('/api/auth/logout').expect(204);
    await bearer(one.accessToken).get('/api/reports').expect(401);
    await bearer(two.accessToken).get('/api/reports').expect(200);
  });

  it('a password reset shows a one-time password once; the old password no longer works', async () => {
    await account({ username: 'to-reset', displayName: '待重置', role: 'preparer', department: 'hhbj' });
    const reset = await (await as('admin')).post('/api/admin/users/to-reset/reset-password').expect(200);
    await http().post('/api/auth/login').send({ username: 'to-reset', password: '绩效自评-新密码-2024' }).expect(401);
    const next = await login('to-reset', reset.body.oneTimePassword);
    expect(next.user.mustChangePassword).toBe(true);
  });

  it('refuses bad input with a 400 naming the field in Chinese, and changes nothing', async () => {
    const admin = await as('admin');
    const cases: [string, object, string, RegExp][] = [
      ['/api/admin/regions', { code: '340400', name: '重复', parentCode: 'demo' }, 'code', /区划编码.*已存在/],
      ['/api/admin/regions', { code: '340499', name: '某县', parentCode: 'nowhere' }, 'parentCode', /上级区划编码.*不存在/],
      ['/api/admin/departments', { code: '009', name: '重复', regionCode: '340400' }, 'code', /单位编码.*已存在/],
      ['/api/admin/departments', { code: '777', name: '某单位', regionCode: 'nowhere' }, 'regionCode', /所属区划编码/],
      ['/api/admin/units', { code: '009001', name: '某单位', departmentCode: 'nowhere' }, 'departmentCode', /上级单位编码/],
      ['/api/admin/users', { username: 'admin', displayName: '重复', role: 'admin' }, 'username', /用户名.*已存在/],
      ['/api/admin/users', { username: 'bad-reviewer', displayName: '审核', role: 'reviewer', department: '009', region: 'demo' }, 'department', /所属单位编码.*应为空/],
      ['/api/admin/users', { username: 'bad-preparer', displayName: '填表', role: 'preparer' }, 'department', /所属单位编码.*必须填写/],
      ['/api/admin/users', { username: 'x', displayName: '短', role: 'auditor', region: 'demo' }, 'username', /用户名/],
      ['/api/admin/users', { username: 'bad-mail', displayName: '邮箱', role: 'auditor', region: 'demo', email: 'no-at-sign' }, 'email', /电子邮箱/],
    ];
    const before = await orgEvents();
    for (const [url, body, path, message] of cases) {
      const res = await admin.post(url).send(body);
      expect({ url, body, status: res.status }).toEqual({ url, body, status: 400 });
      expect(res.body.errors).toEqual(expect.arrayContaining([{ path, message: expect.stringMatching(message) }]));
    }
    const patch = await admin.patch('/api/admin/users/hn-preparer').send({ role: 'reviewer' }).expect(400);
    expect(patch.body.errors[0].message).toMatch(/所属/);
    await admin.patch('/api/admin/users/nobody').send({ active: false }).expect(404);
    expect(await orgEvents()).toBe(before);
  });

  it('never answers a 500 to any body on the admin routes, and a refused change appends nothing', async () => {
    const admin = await as('admin');
    const before = await orgEvents();
    const routes: ['post' | 'patch', string][] = [
      ['post', '/api/admin/regions'], ['post', '/api/admin/departments'], ['post', '/api/admin/units'], ['post', '/api/admin/users'],
      ['patch', '/api/admin/users/hn-head'], ['post', '/api/auth/password'],
    ];
    // Not an object of only the fields a route knows: `{}` is a valid (empty) PATCH, for one.
    const known = new Set(['code', 'name', 'parentCode', 'regionCode', 'departmentCode', 'username', 'displayName', 'role',
      'department', 'region', 'email', 'active', 'current', 'next']);
    const bad = fc.jsonValue().filter((v) => !(v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).every((k) => known.has(k))));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...routes), bad, async ([method, url], body) => {
      const res = await admin[method](url).set('Content-Type', 'application/json').send(JSON.stringify(body));
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
    }), { numRuns: 60 });
    expect(await orgEvents()).toBe(before);
  });

  describe('bulk import', () => {
    const upload = async (file: Buffer, status: number) => (await as('admin')).post('/api/admin/organisation').attach('file', file, 'organisation.xlsx').expect(status);

    it('serves the template with the three sheets and their Chinese headings', async () => {
      const res = await http().get('/api/templates/organisation.xlsx').buffer(true)
        .parse((r, done) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => done(null, Buffer.concat(chunks))); })
        .expect(200).expect('Content-Type', XLSX);
      const { Workbook } = await import('exceljs');
      const workbook = new Workbook();
      await workbook.xlsx.load(res.body);
      expect(workbook.getWorksheet('用户')!.getRow(1).values).toEqual([undefined, '用户名', '姓名', '角色', '所属单位编码', '所属区划编码', '电子邮箱']);
      expect(workbook.getWorksheet('单位')!.getRow(1).values).toEqual([undefined, '单位编码', '单位名称', '所属区划编码', '上级单位编码']);
      expect(workbook.getWorksheet('区划')!.getRow(1).values).toEqual([undefined, '区划编码', '区划名称', '上级区划编码']);
    });

    it('a file with one bad row writes nothing and names sheet, row and column', async () => {
      const before = await orgEvents();
      const res = await upload(await organisationFile({
        区划: [['340421', '凤台县财政局', '340400'], ['c1', '甲', 'c2'], ['c2', '乙', 'c1']],
        单位: [['020', '凤台县教育局', '340421', '']],
        用户: [['ft-preparer', '王五', '填表人', '020', '', ''], ['ft-reviewer', '赵六', '财政审核人', '020', '', '']],
      }), 400);
      const messages = res.body.errors.map((e: { message: string }) => e.message);
      expect(messages).toEqual(expect.arrayContaining([
        expect.stringMatching(/工作表「区划」第 3 行「上级区划编码」.*循环/),
        expect.stringMatching(/工作表「用户」第 3 行「所属单位编码」/),
      ]));
      expect(res.body.errors[0]).toMatchObject({ sheet: expect.any(String), row: expect.any(Number), column: expect.any(String) });
      expect(await orgEvents()).toBe(before);
      expect((await db.pool.query(`SELECT count(*) FROM regions WHERE code = '340421'`)).rows[0].count).toBe('0');
    });

    it('a good file: a result per row, one-time passwords for the new accounts only', async () => {
      const res = await upload(await organisationFile({
        区划: [['340421', '凤台县财政局', '340400'], ['340400', '淮南市财政局', 'demo']],
        单位: [['020', '凤台县教育局', '340421', ''], ['020001', '凤台县第一中学', '', '020']],
        用户: [['ft-preparer', '王五', '填表人', '020', '', 'wang@example.cn'], ['hn-head', '淮南市政府办负责人', '单位负责人', '009', '', '']],
      }), 200);
      expect(res.body.counts).toEqual({ created: 4, updated: 0, unchanged: 2 });
      const rows = res.body.rows.map((r: any) => [r.sheet, r.row, r.key, r.outcome, !!r.oneTimePassword]);
      expect(rows).toEqual(expect.arrayContaining([['用户', 2, 'ft-preparer', 'created', true], ['用户', 3, 'hn-head', 'unchanged', false]]));
      const units = (await (await as('admin')).get('/api/admin/units').expect(200)).body;
      expect(units).toEqual(expect.arrayContaining([{ code: '020001', name: '凤台县第一中学', departmentCode: '020' }]));
      const password = res.body.rows.find((r: any) => r.key === 'ft-preparer').oneTimePassword;
      expect((await login('ft-preparer', password)).user.mustChangePassword).toBe(true);
    });

    it('refuses a file that is not XLSX, and one without the sheets', async () => {
      await (await as('admin')).post('/api/admin/organisation').attach('file', Buffer.from('not a workbook'), 'organisation.xlsx').expect(400);
      const { Workbook } = await import('exceljs');
      const empty = new Workbook();
      empty.addWorksheet('Sheet1');
      const res = await upload(Buffer.from(await empty.xlsx.writeBuffer()), 400);
      expect(res.body.errors[0].message).toMatch(/缺少工作表「区划」/);
    });
  });

  describe('who may manage what (access matrix)', () => {
    const routes: [method: 'get' | 'post', url: string][] = [
      ['get', '/api/admin/regions'], ['get', '/api/admin/departments'], ['get', '/api/admin/units'], ['get', '/api/admin/users'], ['get', '/api/admin/audit'],
      ['get', '/api/admin/sign-ins'], ['post', '/api/admin/regions'], ['post', '/api/admin/departments'], ['post', '/api/admin/units'],
      ['post', '/api/admin/users'], ['post', '/api/admin/users/hn-head/reset-password'], ['post', '/api/admin/organisation'],
    ];
    const others: DemoUser[] = ['hn-preparer', 'hn-head', 'hh-preparer', 'reviewer', 'hn-reviewer', 'auditor'];

    it.each(others)('%s: 403 on every admin route, and the account is unchanged', async (user) => {
      const client = await as(user);
      for (const [method, url] of routes) {
        const res = await client[method](url).send({});
        expect({ user, url, status: res.status }).toEqual({ user, url, status: 403 });
      }
      const patched = await client.patch('/api/admin/users/hn-head').send({ active: false });
      expect(patched.status).toBe(403);
    });

    it('answers 401 without a token', async () => {
      for (const [method, url] of routes) await http()[method](url).expect(401);
    });

    it('an admin limited to 淮南 (340400) manages only 淮南 and its sub-regions', async () => {
      const hnAdmin = bearer(await account({ username: 'hn-admin', displayName: '淮南市财政局管理员', role: 'admin', region: '340400' }));
      const regions = (await hnAdmin.get('/api/admin/regions').expect(200)).body.map((r: any) => r.code);
      expect(regions).toContain('340400');
      expect(regions).not.toContain('431200');
      const users = (await hnAdmin.get('/api/admin/users').expect(200)).body.map((u: any) => u.username);
      expect(users).toEqual(expect.arrayContaining(['hn-preparer', 'hn-reviewer']));
      expect(users).not.toContain('hh-preparer');
      expect(users).not.toContain('reviewer');
      const departments = (await hnAdmin.get('/api/admin/departments').expect(200)).body.map((d: any) => d.code);
      expect(departments).toContain('009');
      expect(departments).not.toContain('hhbj');

      await hnAdmin.post('/api/admin/departments').send({ code: '030', name: '淮南市教育局', regionCode: '340400' }).expect(201);
      await hnAdmin.post('/api/admin/departments').send({ code: '031', name: '怀化某局', regionCode: '431200' }).expect(400);
      await hnAdmin.post('/api/admin/regions').send({ code: '340422', name: '寿县财政局', parentCode: '340400' }).expect(201);
      await hnAdmin.post('/api/admin/regions').send({ code: '431299', name: '怀化某县', parentCode: '431200' }).expect(400);
      await hnAdmin.post('/api/admin/users').send({ username: 'hh-new', displayName: '怀化', role: 'preparer', department: 'hhbj' }).expect(400);
      await hnAdmin.post('/api/admin/users').send({ username: 'root-admin2', displayName: '全局', role: 'admin' }).expect(400);
      await hnAdmin.post('/api/admin/users').send({ username: 'hn-new', displayName: '淮南', role: 'preparer', department: '030' }).expect(201);
      await hnAdmin.patch('/api/admin/users/hh-preparer').send({ active: false }).expect(404);
      await hnAdmin.post('/api/admin/users/hh-head/reset-password').expect(404);
      await hnAdmin.patch('/api/admin/users/hn-head').send({ displayName: '淮南市政府办负责人（改）' }).expect(200);
      const audit = (await hnAdmin.get('/api/admin/audit').expect(200)).body;
      expect(audit.length).toBeGreaterThan(0);
      expect(audit.every((e: any) => !JSON.stringify(e.data).includes('hhbj'))).toBe(true);
    });
  });

  it('segregation of duties per email: one person with two accounts cannot submit and then sign off', async () => {
    const admin = await as('admin');
    await admin.patch('/api/admin/users/hn-preparer').send({ email: 'Zhang.San@huainan.gov.cn' }).expect(200);
    const headToken = await account({ username: 'zhang-head', displayName: '张三（负责人）', role: 'head', department: '009', email: 'zhang.san@huainan.gov.cn' });
    const preparer = await as('hn-preparer');
    const created = await preparer.post('/api/reports').send(hotline()).expect(201);
    await preparer.post(`/api/reports/${created.body.id}/submit`).set('If-Match', '"1"').expect(200);
    const refused = await bearer(headToken).post(`/api/reports/${created.body.id}/sign-off`).set('If-Match', '"2"').expect(403);
    expect(refused.body.detail).toMatch(/同一人/);
    await (await as('hn-head')).post(`/api/reports/${created.body.id}/sign-off`).set('If-Match', '"2"').expect(200);
  });

  it('the submitter’s email stays in the event but only admins and auditors read it in the report history', async () => {
    await (await as('admin')).patch('/api/admin/users/hn-preparer').send({ email: 'Li.Si@huainan.gov.cn' }).expect(200);
    const preparer = await as('hn-preparer');
    const { id } = (await preparer.post('/api/reports').send(hotline()).expect(201)).body;
    await preparer.post(`/api/reports/${id}/submit`).set('If-Match', '"1"').expect(200);
    await (await as('hn-head')).post(`/api/reports/${id}/sign-off`).set('If-Match', '"2"').expect(200);
    const stored = await db.pool.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'SelfEvaluationSubmitted'`, [`report-${id}`]);
    expect(stored.rows[0].data.submitterEmail).toBe('li.si@huainan.gov.cn');
    const submitted = async (user: DemoUser) => {
      const history = (await (await as(user)).get(`/api/reports/${id}/history`).expect(200)).body;
      return { user, text: JSON.stringify(history), line: history.find((e: any) => e.type === 'SelfEvaluationSubmitted') };
    };
    for (const user of ['hn-preparer', 'hn-head', 'reviewer'] as DemoUser[]) {
      const { text, line } = await submitted(user);
      expect({ user, email: text.includes('li.si@') }).toEqual({ user, email: false });
      expect(line.data).toMatchObject({ submittedBy: 'hn-preparer', revision: 1 });
    }
    expect((await submitted('auditor')).line.data.submitterEmail).toBe('li.si@huainan.gov.cn');
  });

  it('documents the new routes in the OpenAPI document', async () => {
    const { body } = await http().get('/api/docs-json').expect(200);
    for (const path of ['/api/admin/users/{username}', '/api/admin/organisation', '/api/auth/password', '/api/auth/logout', '/api/admin/sign-ins']) {
      expect(Object.keys(body.paths)).toContain(path);
    }
  });

  it('records every sign-in and failure for the admin to read', async () => {
    await http().post('/api/auth/login').send({ username: 'hh-preparer', password: 'wrong-password' }).expect(401);
    const res = await (await as('admin')).get('/api/admin/sign-ins?username=hh-preparer').expect(200);
    expect(res.body.items[0]).toMatchObject({ username: 'hh-preparer', outcome: 'failure', known: true, address: expect.any(String) });
    expect(res.body.items.some((i: any) => i.outcome === 'success')).toBe(true);
  });

  it('after all of the above, the organisation tables are exactly the organisation stream folded', async () => {
    const { events, differences } = await verifyOrganisation(db.pool);
    expect(events).toBeGreaterThan(20);
    expect(differences).toEqual([]);
  });
});
