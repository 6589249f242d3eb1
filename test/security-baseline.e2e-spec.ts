import fc from 'fast-check';
import { hotline } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

const PROBLEM = /application\/problem\+json/;
const NUL = '\u0000';
const LONE_HIGH = '\ud800';
const LONE_LOW = '\udc00';

describe('the security baseline (SPEC §19)', () => {
  const { as, http, db } = useTestApp();
  const eventCount = async () => Number((await db.pool.query('SELECT count(*) FROM events')).rows[0].count);
  let id = '';

  beforeAll(async () => {
    id = (await (await as('hn-preparer')).post('/api/reports').send(hotline()).expect(201)).body.id;
  });

  describe('headers', () => {
    it.each([
      ['a public answer', '/api/health'], ['a refusal', '/api/reports'], ['an unknown route', '/api/nope'], ['a page of the web app', '/'],
    ])('are on %s, with no X-Powered-By', async (_, path) => {
      const res = await http().get(path).set('Accept', 'text/html');
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'same-origin',
      });
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
      expect(res.headers['content-security-policy']).toMatch(/style-src 'self' 'unsafe-inline'/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('mark the queue board cookie Secure behind an HTTPS proxy, and not over plain HTTP', async () => {
      const { accessToken } = (await http().post('/api/auth/login').send({ username: 'admin', password: 'jixiao-demo' }).expect(200)).body;
      const overHttps = await http().get(`/api/admin/queues?token=${accessToken}`).set('X-Forwarded-Proto', 'https').expect(200);
      expect(String(overHttps.headers['set-cookie'])).toMatch(/;\s*Secure/i);
      const overHttp = await http().get(`/api/admin/queues?token=${accessToken}`).expect(200);
      expect(String(overHttp.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
    });
  });

  it('titles a problem in Chinese, a 401 as 未登录', async () => {
    const res = await http().get('/api/reports').expect(401);
    expect(res.body.title).toBe('未登录');
    for (const path of ['/api/nope', '/api/reports']) {
      const { body } = await (await as('hn-preparer')).post(path).set('Content-Type', 'application/json').send('{');
      expect(body.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  describe('text holding NUL or an unpaired surrogate', () => {
    const bad = fc.constantFrom(NUL, LONE_HIGH, LONE_LOW);
    const around = (text: fc.Arbitrary<string>) => fc.tuple(fc.string({ maxLength: 8 }), text, fc.string({ maxLength: 8 })).map((p) => p.join(''));

    it('in a body field is 400 naming the field, and appends nothing', async () => {
      const preparer = await as('hn-preparer');
      const before = await eventCount();
      const cases: [string, string, (text: string) => object, string][] = [
        ['post', '/api/reports', (text) => ({ ...hotline(), projectName: text }), 'projectName'],
        ['post', '/api/reports', (text) => { const doc = hotline(); doc.indicators[1].name = text; return doc; }, 'indicators.1.name'],
        ['patch', `/api/reports/${id}`, (text) => ({ title: text }), 'title'],
        ['put', `/api/reports/${id}/indicators/i1/score`, (text) => ({ score: '5', reason: text }), 'reason'],
        ['post', `/api/reports/${id}/revisions`, (text) => ({ reason: text }), 'reason'],
      ];
      await fc.assert(fc.asyncProperty(fc.constantFrom(...cases), around(bad), async ([method, path, body, field], text) => {
        const res = await (preparer as any)[method](path).set('If-Match', '"1"').send(body(text));
        expect({ status: res.status, paths: res.body.errors?.map((e: { path: string }) => e.path) }).toEqual({ status: 400, paths: [field] });
        expect(res.headers['content-type']).toMatch(PROBLEM);
      }), { numRuns: 40 });
      expect(await eventCount()).toBe(before);
    });

    it('in a query parameter is 400 naming it, on the public list without login too', async () => {
      const preparer = await as('hn-preparer');
      const routes = [
        ['/api/reports', ['q', 'department', 'fiscalYear']], ['/api/public/reports', ['q', 'fiscalYear']],
        ['/api/score-changes', ['actor', 'department', 'fiscalYear']], ['/api/stats', ['department', 'fiscalYear']],
      ] as const;
      for (const [path, keys] of routes) {
        for (const key of keys) {
          const res = await (path.startsWith('/api/public') ? http().get(`${path}?${key}=a%00b`) : preparer.get(`${path}?${key}=a%00b`));
          expect({ path, key, status: res.status, errors: res.body.errors }).toEqual({
            path, key, status: 400, errors: [{ path: key, message: expect.stringContaining('NUL') }],
          });
        }
      }
    });

    it('in a path parameter is 400 naming it', async () => {
      const res = await http().get('/api/public/reports/a%00b').expect(400);
      expect(res.body.errors).toEqual([{ path: 'id', message: expect.any(String) }]);
    });
  });

  it('refuses a JSON body whose bytes are not UTF-8, and appends nothing', async () => {
    const preparer = await as('hn-preparer');
    const before = await eventCount();
    const body = Buffer.concat([Buffer.from('{"reason":"核对'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const res = await preparer.post(`/api/reports/${id}/revisions`).set('If-Match', '"1"').set('Content-Type', 'application/json')
      .serialize(() => body as never).send(body as never);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.detail).toMatch(/UTF-8/);
    expect(await eventCount()).toBe(before);
  });

  describe('multipart text fields', () => {
    it('are capped in size like a JSON body, naming the field', async () => {
      const res = await (await as('hn-preparer')).post('/api/reports').field('note', 'x'.repeat(300 * 1024));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: 'note', message: expect.stringContaining('过长') }]);
    });

    it('are capped in number', async () => {
      let req = (await as('hn-preparer')).post('/api/reports');
      for (let i = 0; i < 30; i++) req = req.field(`f${i}`, 'x');
      const res = await req;
      expect(res.status).toBe(400);
      expect(res.body.detail).toMatch(/过多/);
    });

    it('holding NUL are 400 naming the field', async () => {
      const res = await (await as('hn-preparer')).post('/api/reports').field('note', `a${NUL}b`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: 'note', message: expect.stringContaining('NUL') }]);
    });
  });
});

describe('what the public and a weight may say (SPEC §3, §19)', () => {
  const { as, http, db } = useTestApp();

  it('the public report carries no review comment and no user name', async () => {
    const preparer = await as('hn-preparer');
    const { id } = (await preparer.post('/api/reports').send(hotline()).expect(201)).body;
    const step = async (user: 'hn-preparer' | 'hn-head' | 'reviewer', path: string, version: number, body: object = {}) =>
      (await as(user)).post(`/api/reports/${id}/${path}`).set('If-Match', `"${version}"`).send(body).expect(200);
    await step('hn-preparer', 'submit', 1);
    await step('hn-head', 'sign-off', 2);
    await (await as('reviewer')).post(`/api/reports/${id}/comments`).send({ indicatorId: 'i1', body: '内部意见：接通率口径待核实' }).expect(200);
    await step('reviewer', 'approve', 4);
    await step('reviewer', 'publish', 5);
    const own = await (await as('reviewer')).get(`/api/reports/${id}`).expect(200);
    expect(JSON.stringify(own.body)).toContain('内部意见');
    const published = await http().get(`/api/public/reports/${id}`).expect(200);
    const text = JSON.stringify(published.body);
    expect(published.body.comments).toBeUndefined();
    expect(text).not.toContain('内部意见');
    for (const username of ['hn-preparer', 'hn-head', 'reviewer']) expect(text).not.toContain(`"${username}"`);
    expect(JSON.stringify((await http().get('/api/public/reports').expect(200)).body)).not.toMatch(/内部意见|"hn-preparer"|"reviewer"/);
  });

  it('refuses a negative weight with 400 naming it, in an import and in an edit; `-` stays not applicable', async () => {
    const preparer = await as('hn-preparer');
    const before = Number((await db.pool.query('SELECT count(*) FROM events')).rows[0].count);
    for (const weight of ['-5', '－5', '-0.5', '−2']) {
      const doc = hotline();
      doc.indicators[2].weight = weight;
      const res = await preparer.post('/api/reports').send(doc).expect(400);
      expect(res.body.errors).toEqual([{ path: 'indicators.2.weight', message: expect.stringContaining('不能为负数') }]);
    }
    const { id } = (await preparer.post('/api/reports').send(hotline()).expect(201)).body;
    const edit = await preparer.put(`/api/reports/${id}/indicators/i2`)
      .send({ level1: '产出指标', level2: '数量指标', name: '新增指标', target: '≥10次', actual: '12次', weight: '-5' }).expect(400);
    expect(edit.body.errors).toEqual([{ path: 'weight', message: expect.stringContaining('不能为负数') }]);
    expect(Number((await db.pool.query('SELECT count(*) FROM events')).rows[0].count)).toBe(before + 1);
    const marked = hotline();
    marked.indicators[2].weight = '-';
    await preparer.post('/api/reports').send(marked).expect(201);
  });
});
