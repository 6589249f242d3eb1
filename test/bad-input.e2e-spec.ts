import fc from 'fast-check';
import { hotline } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

const PROBLEM = /application\/problem\+json/;
const RUNS = { numRuns: 40 };

/** Any JSON value that is not a string: never a valid cell (nor, being non-empty, a valid list of indicators). */
const notText = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { minLength: 1 }), fc.object());
/** Text that is not a decimal from 0 to 15, the weight of indicator i1 (full-width digits are read as the scoring engine reads them). */
const badScore = fc.oneof(
  fc.string().filter((s) => !/^\s*\d+(\.\d+)?\s*$/.test(s) || Number(s) > 15),
  fc.double({ min: 15.01, max: 1e9, noNaN: true }).map(String),
  fc.integer({ min: -1e6, max: -1 }),
  fc.constantFrom('１６', '10分', '1e1', '0x0A', '--1', ''),
  notText.filter((value) => typeof value !== 'number'),
);

/** Text holding NUL or an unpaired surrogate somewhere (SPEC §19): never valid, in any field. */
const unsafeText = fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\ud800', '\udfff', '\udbff\u0000'), fc.string({ maxLength: 10 }))
  .map((parts) => parts.join(''));
/** As a browser writes it in a URL: UTF-8, and an unpaired surrogate as the three bytes it would take (WTF-8). */
const inUrl = (text: string) => [...text].map((char) => {
  const code = char.codePointAt(0)!;
  if (code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
  return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
}).join('');
/** Every text field of an import document, by its path. */
const importTextFields = fc.constantFrom(
  'projectName', 'competentDepartment', 'implementingUnit', 'goals.planned', 'goals.achieved',
  'indicators.0.name', 'indicators.1.target', 'indicators.2.actual', 'indicators.0.level1', 'indicators.1.deviation',
);
const withText = (document: any, path: string, text: string) => {
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((node, key) => node[key], document);
  parent[keys[keys.length - 1]] = text;
  return document;
};

/** Every If-Match the API would read as version 1, the report's current version (then a transition could succeed). */
const isNotVersionOne = (tag: string) => {
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(tag.trim());
  return !match || Number(match[1]) !== 1;
};

describe('bad input never reaches a 500 and never appends an event', () => {
  const { as, db } = useTestApp();
  let id = '';
  const eventCount = async () => Number((await db.pool.query('SELECT count(*) FROM events')).rows[0].count);
  const expectProblem = (res: { status: number; headers: Record<string, string>; body: any }) => {
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(PROBLEM);
  };

  beforeAll(async () => {
    const created = await (await as('hn-preparer')).post('/api/reports').send(hotline()).expect(201);
    id = created.body.id;
  });

  it('refuses an import with a field of the wrong type, naming that field', async () => {
    const preparer = await as('hn-preparer');
    const fields = ['fiscalYear', 'projectName', 'competentDepartment', 'implementingUnit', 'goals', 'indicators', 'total', 'funds'];
    const before = await eventCount();
    await fc.assert(fc.asyncProperty(fc.constantFrom(...fields), notText, async (field, value) => {
      const res = await preparer.post('/api/reports').send({ ...hotline(), [field]: value });
      expectProblem(res);
      expect(res.body.errors.map((e: { path: string }) => e.path.split('.')[0])).toContain(field);
    }), RUNS);
    expect(await eventCount()).toBe(before);
  });

  it('refuses an import with an unknown field, naming it', async () => {
    const preparer = await as('hn-preparer');
    const known = new Set(Object.keys(hotline()));
    const before = await eventCount();
    await fc.assert(fc.asyncProperty(
      fc.string({ minLength: 1, maxLength: 20 }).filter((key) => !known.has(key) && key !== '__proto__'), fc.jsonValue(),
      async (key, value) => {
        const res = await preparer.post('/api/reports').send({ ...hotline(), [key]: value });
        expectProblem(res);
        expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(key);
      }), RUNS);
    expect(await eventCount()).toBe(before);
  });

  it('refuses any score that is not a number from 0 to the weight, naming score', async () => {
    const preparer = await as('hn-preparer');
    const before = await eventCount();
    await fc.assert(fc.asyncProperty(badScore, async (score) => {
      const res = await preparer.put(`/api/reports/${id}/indicators/i1/score`).send({ score, reason: '核对' });
      expectProblem(res);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('score');
    }), RUNS);
    expect(await eventCount()).toBe(before);
  });

  it('answers any body to a transition, any list query and any If-Match with a 4xx', async () => {
    const preparer = await as('hn-preparer');
    const before = await eventCount();
    const paths = ['submit', 'withdraw', 'sign-off', 'send-back', 'return', 'approve', 'publish', 'revisions', 'comments'];
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...paths), fc.jsonValue(), fc.string({ maxLength: 12 }).map((tag) => tag.replace(/[^\x20-\x7e]/g, '')).filter(isNotVersionOne),
      async (path, body, ifMatch) => {
        const res = await preparer.post(`/api/reports/${id}/${path}`).set('If-Match', ifMatch)
          .set('Content-Type', 'application/json').send(JSON.stringify(body));
        expectProblem(res);
      }), RUNS);
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('fiscalYear', 'state', 'kind', 'grade', 'page', 'pageSize', 'sort', 'hasErrors', 'bogus'),
      fc.string({ minLength: 1, maxLength: 300 }),
      async (key, value) => {
        const res = await preparer.get('/api/reports').query({ [key]: value });
        expect(res.status).toBeLessThan(500);
      }), RUNS);
    expect(await eventCount()).toBe(before);
  });

  it('refuses any edit of funds or goals that is not a whole printed table, naming the field', async () => {
    const preparer = await as('hn-preparer');
    const before = await eventCount();
    const brokenFunds = fc.oneof(
      notText,
      fc.record({ total: notText }),
      fc.dictionary(fc.constantFrom('total', 'currentYear', 'unit', 'extra'), fc.jsonValue()).filter((d) => !('total' in d) || typeof d.total !== 'object'),
    );
    await fc.assert(fc.asyncProperty(fc.constantFrom('funds', 'goals'), brokenFunds, async (part, value) => {
      const res = await preparer.patch(`/api/reports/${id}`).send({ [part]: value });
      expectProblem(res);
      expect(res.body.errors.map((e: { path: string }) => e.path.split('.')[0])).toContain(part);
    }), RUNS);
    expect(await eventCount()).toBe(before);
  });

  it('never answers a 500 to any body or query on any route, for any role', async () => {
    const users = await Promise.all((['hn-preparer', 'hn-head', 'reviewer', 'admin'] as const).map((user) => as(user)));
    const routes: [method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string][] = [
      ['put', `/api/reports/${id}/indicators/i2`], ['put', `/api/reports/${id}/indicators/new-1`],
      ['delete', `/api/reports/${id}/indicators/nope`], ['put', `/api/reports/${id}/indicators/execution/score`],
      ['post', `/api/reports/${id}/comments`], ['patch', `/api/reports/${id}`], ['post', '/api/reports'],
      ['get', '/api/stats'], ['get', '/api/score-changes'], ['get', `/api/reports/${id}/documents/pdf`],
      ['get', `/api/public/reports/${id}`], ['get', `/api/reports/${id}/history`],
    ];
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 0, max: users.length - 1 }), fc.constantFrom(...routes), fc.jsonValue(),
      fc.dictionary(fc.constantFrom('fiscalYear', 'department', 'actor', 'reportId', 'version', 'page', 'pageSize', 'source', 'q', 'region'),
        fc.oneof(fc.string({ maxLength: 40 }), unsafeText)),
      async (user, [method, path], body, query) => {
        const res = await users[user][method](path).query(query).set('Content-Type', 'application/json').send(JSON.stringify(body));
        expect({ route: `${method} ${path}`, status: res.status < 500 }).toEqual({ route: `${method} ${path}`, status: true });
      }), { numRuns: 150 });
  });

  it('refuses NUL or an unpaired surrogate in any text field, body or query, naming the field', async () => {
    const preparer = await as('hn-preparer');
    const before = await eventCount();
    await fc.assert(fc.asyncProperty(importTextFields, unsafeText, async (path, text) => {
      const res = await preparer.post('/api/reports').send(withText(hotline(), path, text));
      expectProblem(res);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }), RUNS);
    const edits: [method: 'put' | 'patch' | 'post', path: string, body: (text: string) => object, field: string][] = [
      ['patch', `/api/reports/${id}`, (text) => ({ title: text }), 'title'],
      ['put', `/api/reports/${id}/indicators/i1/score`, (text) => ({ score: '5', reason: text }), 'reason'],
      ['put', `/api/reports/${id}/indicators/i2`, (text) => ({ level1: '产出指标', level2: '数量指标', name: text, weight: '5' }), 'name'],
      ['post', `/api/reports/${id}/comments`, (text) => ({ body: text }), 'body'],
    ];
    await fc.assert(fc.asyncProperty(fc.constantFrom(...edits), unsafeText, async ([method, path, body, field], text) => {
      const res = await preparer[method](path).send(body(text));
      expectProblem(res);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([field]);
    }), RUNS);
    const queries = [
      ['/api/reports', 'q'], ['/api/reports', 'department'], ['/api/reports', 'fiscalYear'],
      ['/api/score-changes', 'actor'], ['/api/public/reports', 'q'], ['/api/public/reports', 'fiscalYear'],
    ] as const;
    await fc.assert(fc.asyncProperty(fc.constantFrom(...queries), unsafeText, async ([path, key], text) => {
      const res = await preparer.get(`${path}?${key}=${inUrl(text)}`);
      expectProblem(res);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([key]);
    }), RUNS);
    expect(await eventCount()).toBe(before);
  });

  it('refuses malformed JSON with a problem, not a stack trace', async () => {
    const preparer = await as('hn-preparer');
    await fc.assert(fc.asyncProperty(fc.string({ minLength: 1, maxLength: 60 }), async (text) => {
      fc.pre((() => { try { JSON.parse(text); return false; } catch { return true; } })());
      const res = await preparer.post('/api/reports').set('Content-Type', 'application/json').send(text);
      expectProblem(res);
      expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(js|ts):\d+/);
    }), RUNS);
  });
});
