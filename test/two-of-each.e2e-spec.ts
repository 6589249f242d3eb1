import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import request from 'supertest';
import { connectionOf } from '@jixiao/reports';
import { hotline, useTestDatabase } from '@jixiao/testing';
import { DEMO_PASSWORD, DEMO_USERS } from '../apps/api/src/demo/seed-demo-data';
import { TRANSITIONS } from '../apps/worker/src/jobs/transition-jobs';

const ROOT = join(__dirname, '..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 120000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

type Http = ReturnType<typeof request>;
type Session = { get: (url: string) => request.Test; put: (url: string) => request.Test; post: (url: string) => request.Test };

/**
 * SPEC §20: API and worker processes are stateless. Two real API processes and two real worker processes on one
 * database and one Redis queue; every command goes to one API and the read that follows it to the other.
 */
describe('two API processes and two worker processes on one database and Redis', () => {
  const db = useTestDatabase();
  const queueName = `two-of-each-${randomBytes(4).toString('hex')}`;
  const children: ChildProcess[] = [];
  const apis: (() => Http)[] = [];
  const env = (extra: Record<string, string>) => ({
    ...process.env, DATABASE_URL: db.url, REDIS_URL, NODE_ENV: 'development', QUEUE_NAME: queueName, LOG_LEVEL: 'warn', ...extra,
  });
  const run = (entry: string, extra: Record<string, string>) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], { cwd: ROOT, env: env(extra), stdio: 'ignore' });
    children.push(child);
    return child;
  };

  beforeAll(async () => {
    // Both APIs start at once on the empty database: one seeds the demo data, the other finds it seeded.
    const ports = [await freePort(), await freePort()];
    for (const port of ports) run('apps/api/src/main.ts', { PORT: String(port) });
    for (const port of ports) {
      const api = () => request(`http://127.0.0.1:${port}`);
      await until(() => api().get('/api/health/live').then((r) => r.status, () => 0), (status) => status === 200, `API on ${port}`);
      apis.push(api);
    }
    for (let i = 0; i < 2; i++) run('apps/worker/src/main.ts', { WORKER_CONCURRENCY: '2', FEED_INTERVAL_MS: '50' });
  }, 180000);

  afterAll(async () => {
    await Promise.all(children.map((child) => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
      child.on('exit', resolve);
      child.kill('SIGKILL');
    })));
    const queue = new Queue(queueName, { connection: connectionOf(REDIS_URL) });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  });

  /** A user signed in on one API, talking to either: `on(0)` and `on(1)` are the two processes. */
  async function signIn(username: string): Promise<(api: number) => Session> {
    const res = await apis[0]().post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
    const auth = `Bearer ${res.body.accessToken}`;
    return (api) => ({
      get: (url) => apis[api]().get(url).set('Authorization', auth),
      put: (url) => apis[api]().put(url).set('Authorization', auth),
      post: (url) => apis[api]().post(url).set('Authorization', auth),
    });
  }

  const versionsOf = async (streamId: string) =>
    (await db.pool.query('SELECT version FROM events WHERE stream_id = $1 ORDER BY version', [streamId])).rows.map((r) => r.version as number);

  it('seeded the demo data once though both APIs started together', async () => {
    const seedFiles = ['seed-003', 'seed-004'].flatMap((dir) => readdirSync(join(ROOT, 'fixtures', dir)).filter((f) => f.endsWith('.json')));
    const { rows } = await db.pool.query(
      `SELECT (SELECT count(*)::int FROM users) AS users,
              (SELECT count(*)::int FROM events WHERE type = 'ReportDrafted' AND metadata->>'correlationId' = 'demo-seed') AS drafts`,
    );
    expect(rows[0]).toEqual({ users: DEMO_USERS.length, drafts: seedFiles.length });
  });

  it('never refuses a command because one process remembered a report another process has moved on', async () => {
    const preparer = await signIn('hn-preparer');
    const created = await preparer(0).post('/api/reports').send(hotline()).expect(201);
    const id = created.body.id as string;
    const score = (api: number, value: string) =>
      preparer(api).put(`/api/reports/${id}/indicators/i1/score`).send({ score: value, reason: '两进程核对' });

    // API 0 has the report at version 2 in its cache; API 1 moves it to 3.
    await score(0, '14').expect(200);
    await score(1, '13').expect(200);
    // If-Match "3" on API 0: its cache says 2, the stream says 3 — not a 412.
    const submitted = await preparer(0).post(`/api/reports/${id}/submit`).set('If-Match', '"3"').expect(200);
    expect(submitted.body).toMatchObject({ version: 4, state: 'self_scored' });
    // API 0 now remembers self_scored; API 1 withdraws it to draft.
    const read = await preparer(1).get(`/api/reports/${id}`).expect(200);
    expect(read.headers.etag).toBe('"4"');
    await preparer(1).post(`/api/reports/${id}/withdraw`).set('If-Match', '"4"').expect(200);
    // A self score is allowed only in draft: API 0's cache says self_scored, the stream says draft — not a 409.
    await score(0, '12').expect(200);
    // And a truly stale If-Match is still refused, naming the stream's version.
    const stale = await preparer(1).post(`/api/reports/${id}/submit`).set('If-Match', '"4"').expect(412);
    expect(stale.body.currentVersion).toBe(6);
    expect(await versionsOf(`report-${id}`)).toEqual([1, 2, 3, 4, 5, 6]);
  }, 60000);

  it('drives the workflow through both APIs with concurrent writers: no event, job or document lost or doubled', async () => {
    const preparer = await signIn('hn-preparer');
    const head = await signIn('hn-head');
    const reviewer = await signIn('reviewer');
    const REPORTS = 4;
    const WRITES = 8; // score changes per writer, without If-Match: each is decided again on the latest version
    const acknowledged = new Map<string, number[]>();
    const ack = (id: string, version: number) => acknowledged.set(id, [...(acknowledged.get(id) ?? []), version]);

    /** A command on one API, then the read of its result on the other, which must show that version. */
    const step = async (n: number, send: (api: number) => request.Test, id?: string) => {
      const res = await send(n % 2).expect((r) => expect([200, 201]).toContain(r.status));
      const reportId = id ?? res.body.id;
      ack(reportId, res.body.version);
      const seen = await preparer((n + 1) % 2).get(`/api/reports/${reportId}`).expect(200);
      expect(seen.body.version).toBeGreaterThanOrEqual(res.body.version);
      return res.body as { id: string; version: number };
    };

    const walk = async (r: number) => {
      const { id } = await step(r, (api) => preparer(api).post('/api/reports').send(hotline()));
      // Two writers on the same report, one through each API, at the same time.
      const writer = (w: number) => (async () => {
        for (let i = 0; i < WRITES; i++) {
          await step(w + i, (api) => preparer(api).put(`/api/reports/${id}/indicators/i${1 + w}/score`)
            .send({ score: String(5 + ((i + w) % 5)), reason: `并发写入 ${w}-${i}` }), id);
        }
      })();
      await Promise.all([writer(0), writer(1)]);
      let version = 1 + 2 * WRITES;
      const transition = async (n: number, session: (api: number) => Session, path: string, body?: object) => {
        const res = await step(n, (api) => session(api).post(`/api/reports/${id}${path}`).set('If-Match', `"${version}"`).send(body ?? {}), id);
        version = res.version;
      };
      await transition(r, preparer, '/submit');
      await transition(r + 1, head, '/sign-off');
      await transition(r, reviewer, '/return', { comments: [{ body: '请补充佐证材料' }] });
      await transition(r + 1, preparer, '/submit');
      await transition(r, head, '/sign-off');
      await transition(r + 1, reviewer, '/approve');
      await transition(r, reviewer, '/publish');
      return id;
    };
    const ids = await Promise.all(Array.from({ length: REPORTS }, (_, r) => walk(r)));

    // Every stream's versions are contiguous, and every acknowledged version is in it exactly once.
    for (const id of ids) {
      const versions = await versionsOf(`report-${id}`);
      expect(versions).toEqual(Array.from({ length: 1 + 2 * WRITES + 7 }, (_, i) => i + 1));
      expect([...acknowledged.get(id)!].sort((a, b) => a - b)).toEqual(versions);
    }

    // The workers' effects: each transition's documents rendered once, its scores recomputed at most once.
    const transitionsOf = async (id: string) => (await db.pool.query(
      'SELECT version FROM events WHERE stream_id = $1 AND type = ANY($2) ORDER BY version', [`report-${id}`, [...TRANSITIONS]],
    )).rows.map((r) => r.version as number);
    const rendered = async (id: string) => (await db.pool.query(
      `SELECT (data->>'reportVersion')::int AS v FROM events WHERE stream_id = $1 AND type = 'DocumentsRendered' ORDER BY 1`, [`report-${id}-documents`],
    )).rows.map((r) => r.v as number);
    for (const id of ids) {
      const transitions = await transitionsOf(id);
      expect(transitions).toHaveLength(8); // drafted, 2 × submitted, 2 × signed off, returned, approved, published
      await until(() => rendered(id), (done) => done.length >= transitions.length, `documents of ${id}`);
    }
    const queue = new Queue(queueName, { connection: connectionOf(REDIS_URL) });
    try {
      await until(() => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized'), (c) => Object.values(c).every((n) => n === 0), 'queue drained');
      expect((await queue.getJobCounts('failed')).failed).toBe(0);
    } finally {
      await queue.close();
    }
    for (const id of ids) {
      const transitions = await transitionsOf(id);
      expect(await rendered(id)).toEqual(transitions);
      expect(await versionsOf(`report-${id}-documents`)).toEqual(transitions.map((_, i) => i + 1));
      const documents = await db.pool.query(
        'SELECT version, count(*)::int AS n FROM report_documents WHERE report_id = $1 GROUP BY version ORDER BY version', [id],
      );
      expect(documents.rows).toEqual(transitions.map((version) => ({ version, n: 3 })));
      const recomputed = (await db.pool.query(
        `SELECT (data->>'reportVersion')::int AS v FROM events WHERE stream_id = $1 AND type = 'ScoresRecomputed' ORDER BY position`, [`report-${id}-scores`],
      )).rows.map((r) => r.v as number);
      expect(recomputed.length).toBeGreaterThan(0); // a later version's job may supersede an earlier one's: at most once each
      expect(new Set(recomputed).size).toBe(recomputed.length);
      recomputed.forEach((v) => expect(transitions).toContain(v));
      expect(await versionsOf(`report-${id}-scores`)).toEqual(recomputed.map((_, i) => i + 1));
    }
    // Both APIs answer the finished reports alike.
    for (const id of ids) {
      const [a, b] = await Promise.all([0, 1].map((api) => preparer(api).get(`/api/reports/${id}`).expect(200)));
      expect(a.body).toEqual(b.body);
      expect(a.body).toMatchObject({ state: 'published', version: 1 + 2 * WRITES + 7 });
    }
  }, 300000);
});
