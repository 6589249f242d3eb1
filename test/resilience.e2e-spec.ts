import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { testDatabaseUrl, useTestDatabase } from '@jixiao/testing';
import { DEMO_PASSWORD } from '../apps/api/src/demo/seed-demo-data';

const ROOT = join(__dirname, '..');

/** The real API process (migrations and demo data at start-up), so it can be killed like one. */
async function startApi(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT, stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'development', QUEUE_NAME: `resilience-${port}` },
  });
  const deadline = Date.now() + 40000;
  while (Date.now() < deadline) {
    const ok = await request(`http://127.0.0.1:${port}`).get('/api/health').then((r) => r.status === 200, () => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('API did not start');
}

function startWorker(databaseUrl: string, queueName: string): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DATABASE_URL: databaseUrl, QUEUE_NAME: queueName },
  });
}

/** Every backend of the database but the caller's own, as `pg_terminate_backend` in a restart or by an operator. */
async function terminateBackends(databaseUrl: string): Promise<number> {
  const admin = new Client({ connectionString: testDatabaseUrl('postgres') });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity
       WHERE datname = $1 AND pid <> pg_backend_pid()`, [new URL(databaseUrl).pathname.slice(1)],
    );
    return Number(rows[0].n);
  } finally {
    await admin.end();
  }
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const killed = (child: ChildProcess) => new Promise((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
  child.on('exit', resolve);
  child.kill('SIGKILL');
});

describe('the API killed with SIGKILL under load', () => {
  const db = useTestDatabase();
  const port = 21000 + Math.floor(Math.random() * 4000);
  const api = () => request(`http://127.0.0.1:${port}`);
  let child: ChildProcess | undefined;
  afterAll(async () => { if (child) await killed(child); });

  it('loses no committed command, leaves no gap, and its read model matches its stream', async () => {
    child = await startApi(db.url, port);
    const login = await api().post('/api/auth/login').send({ username: 'hn-preparer', password: DEMO_PASSWORD }).expect(200);
    const auth = `Bearer ${login.body.accessToken}`;
    const list = await api().get('/api/reports?state=draft&pageSize=4').set('Authorization', auth).expect(200);
    const reportIds: string[] = list.body.items.map((r: { id: string }) => r.id);
    expect(reportIds.length).toBeGreaterThan(0);

    const acknowledged: { reportId: string; version: number }[] = [];
    const writer = async (reportId: string) => {
      for (let i = 0; ; i++) {
        const res = await api().put(`/api/reports/${reportId}/indicators/i1/score`).set('Authorization', auth)
          .send({ score: String(5 + (i % 5)), reason: `第 ${i} 次核对` }).catch(() => null);
        if (!res) return;
        if (res.status === 200) acknowledged.push({ reportId, version: res.body.version });
      }
    };
    const writers = reportIds.map(writer);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await killed(child);
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(0);

    child = await startApi(db.url, port);
    for (const reportId of reportIds) {
      const events = await db.pool.query('SELECT version FROM events WHERE stream_id = $1 ORDER BY version', [`report-${reportId}`]);
      const versions = events.rows.map((r) => r.version as number);
      expect(versions).toEqual(versions.map((_, i) => i + 1));
      const acked = acknowledged.filter((a) => a.reportId === reportId).map((a) => a.version);
      acked.forEach((version) => expect(versions).toContain(version));
      const view = await api().get(`/api/reports/${reportId}`).set('Authorization', auth).expect(200);
      expect(view.body.version).toBe(versions[versions.length - 1]);
    }
  }, 120000);

  it('answers again once its PostgreSQL connections are cut, without a 500', async () => {
    child ??= await startApi(db.url, port);
    const login = await api().post('/api/auth/login').send({ username: 'hn-preparer', password: DEMO_PASSWORD }).expect(200);
    await db.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await api().get('/api/reports').set('Authorization', `Bearer ${login.body.accessToken}`);
      statuses.push(res.status);
    }
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses[statuses.length - 1]).toBe(200);
  }, 60000);

  it('survives its connections cut during a 16-connection write burst: in-flight requests 503, the next ones succeed', async () => {
    child ??= await startApi(db.url, port);
    const worker = startWorker(db.url, `resilience-${port}`);
    try {
      const login = await api().post('/api/auth/login').send({ username: 'hn-preparer', password: DEMO_PASSWORD }).expect(200);
      const auth = `Bearer ${login.body.accessToken}`;
      const list = await api().get('/api/reports?state=draft&pageSize=4').set('Authorization', auth).expect(200);
      const reportIds: string[] = list.body.items.map((r: { id: string }) => r.id);
      const answers: { status: number; type: string }[] = [];
      let stop = false;
      const writer = async (n: number) => {
        for (let i = 0; !stop; i++) {
          const reportId = reportIds[(n + i) % reportIds.length];
          const res = i % 4 === 3
            ? await api().get('/api/reports?pageSize=5').set('Authorization', auth).catch(() => ({ status: 0, headers: {} as Record<string, string> }))
            : await api().put(`/api/reports/${reportId}/indicators/i1/score`).set('Authorization', auth)
              .send({ score: String(5 + (i % 5)), reason: `第 ${i} 次核对` }).catch(() => ({ status: 0, headers: {} as Record<string, string> }));
          answers.push({ status: res.status, type: String(res.headers['content-type']) });
        }
      };
      const writers = Array.from({ length: 16 }, (_, n) => writer(n));
      const answered = (count: number) => until(async () => answers.length, (n) => n >= count);
      let terminated = 0;
      for (let round = 1; round <= 6; round++) {
        await answered(round * 40);
        terminated += await terminateBackends(db.url);
      }
      await answered(6 * 40 + 80);
      stop = true;
      await Promise.all(writers);

      expect(terminated).toBeGreaterThan(6);
      expect(answers.filter((a) => a.status === 503).length).toBeGreaterThan(0);
      expect(child.exitCode).toBeNull();
      expect(worker.exitCode).toBeNull();
      const unexpected = answers.filter((a) => a.status !== 200 && !(a.status === 503 && /problem\+json/.test(a.type)));
      expect(unexpected).toEqual([]);
      for (const reportId of reportIds) {
        await api().put(`/api/reports/${reportId}/indicators/i1/score`).set('Authorization', auth)
          .send({ score: '6', reason: '恢复后核对' }).expect(200);
      }
      await api().get('/api/reports').set('Authorization', auth).expect(200);
    } finally {
      await killed(worker);
    }
  }, 180000);
});
