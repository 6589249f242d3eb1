import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import request from 'supertest';
import { hotline, useTestDatabase } from '@jixiao/testing';
import { loadConfig } from '../apps/api/src/config';
import { createApp } from '../apps/api/src/create-app';
import { seedDemoData } from '../apps/api/src/demo/seed-demo-data';
import { FEED_LAG_SQL } from '../apps/api/src/health/health.controller';

describe('GET /api/health tells the truth', () => {
  const db = useTestDatabase();
  const apps: INestApplication[] = [];
  const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const start = async (redisUrl?: string, queueName = `test-${randomUUID()}`) => {
    const env = { DATABASE_URL: db.url, NODE_ENV: 'test', QUEUE_NAME: queueName, ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
    const app = await createApp(loadConfig(env), { logger: false });
    await app.init();
    apps.push(app);
    return request(app.getHttpServer());
  };
  beforeAll(() => seedDemoData(db.pool));
  db.beforeDrop(() => Promise.all(apps.map((app) => app.close())));

  it('answers 200 with PostgreSQL, Redis and the events not yet passed to the queue', async () => {
    const res = await (await start()).get('/api/health').expect(200);
    const events = Number((await db.pool.query('SELECT count(*) FROM events')).rows[0].count);
    expect(events).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ status: 'ok', database: { ok: true }, redis: { ok: true }, queue: { ok: true, lag: events, lagCapped: false } });
  });

  it('answers 503 naming Redis when Redis does not answer, while commands still commit (their jobs come from the log)', async () => {
    const http = await start('redis://127.0.0.1:1');
    const res = await http.get('/api/health').expect(503);
    expect(res.body).toMatchObject({ status: 'unavailable', database: { ok: true }, redis: { ok: false, error: expect.any(String) } });
    const login = await http.post('/api/auth/login').send({ username: 'hn-preparer', password: 'jixiao-demo' }).expect(200);
    const created = await http.post('/api/reports').set('Authorization', `Bearer ${login.body.accessToken}`).send(hotline()).expect(201);
    const after = await http.get('/api/health').expect(503);
    expect(after.body.queue.ok).toBe(false);
    const { rows } = await db.pool.query('SELECT count(*) FROM events WHERE stream_id = $1', [`report-${created.body.id}`]);
    expect(Number(rows[0].count)).toBe(1);
  });

  it('answers 200 degraded while a job has failed all its attempts, and ok again once it is retried away', async () => {
    const name = `test-${randomUUID()}`;
    const connection = { url: REDIS_URL };
    const queue = new Queue(name, { connection });
    const worker = new Worker(name, async () => { throw new Error('no font'); }, { connection });
    try {
      const http = await start(undefined, name);
      await http.get('/api/health').expect(200).expect((res) => expect(res.body.status).toBe('ok'));
      const job = await queue.add('render-documents', {}, { attempts: 1 });
      await new Promise<void>((resolve) => worker.on('failed', () => resolve()));
      const res = await http.get('/api/health').expect(200);
      expect(res.body).toMatchObject({ status: 'degraded', degraded: [expect.stringContaining('1 个后台任务')], queue: { failed: 1 } });
      await job.remove();
      await http.get('/api/health').expect(200).expect((after) => expect(after.body.status).toBe('ok'));
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  it('/api/health/ready: 200 with PostgreSQL, Redis and every migration applied; 503 when one is pending or Redis is gone', async () => {
    const http = await start();
    const ready = await http.get('/api/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: { ok: true }, redis: { ok: true }, migrations: { ok: true, pending: [] } });
    const { rows } = await db.pool.query('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
    await db.pool.query('DELETE FROM migrations WHERE id = $1', [rows[0].id]);
    try {
      const pending = await http.get('/api/health/ready').expect(503);
      expect(pending.body).toMatchObject({ status: 'not-ready', migrations: { pending: [rows[0].name] } });
    } finally {
      await db.pool.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [rows[0].id, rows[0].timestamp, rows[0].name]);
    }
    await (await start('redis://127.0.0.1:1')).get('/api/health/ready').expect(503);
  });

  it('/api/health/live: 200 while the process runs, even without Redis', async () => {
    const res = await (await start('redis://127.0.0.1:1')).get('/api/health/live').expect(200);
    expect(res.body).toMatchObject({ status: 'live', uptimeSeconds: expect.any(Number) });
  });

  // Last: the events it appends stay behind the job feed (no worker runs here).
  it('says degraded when the job feed is more than 1000 events behind, counting no further than that', async () => {
    const http = await start();
    await db.pool.query(`INSERT INTO events (stream_id, version, type, data, metadata, hash)
      SELECT 'lag-test-' || n, 1, 'LagTestEvent', '{}', '{}', md5(n::text) FROM generate_series(1, 60000) n`);
    const res = await http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'degraded', degraded: [expect.stringContaining('超过 1000 个事件')], queue: { lag: 1001, lagCapped: true } });
    // Caught up, a health check reads the index from the feed's cursor on, not the whole log (at 60,000 events a plan
    // that joined the checkpoint row scanned them all).
    await db.pool.query(`INSERT INTO projection_checkpoints (name, transaction_id, position)
      SELECT 'job-feed', transaction_id, position FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1
      ON CONFLICT (name) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position`);
    await db.pool.query('ANALYZE events');
    const { rows } = await db.pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${FEED_LAG_SQL}`);
    const plan = JSON.stringify(rows[0]['QUERY PLAN']);
    expect(plan).toContain('events_transaction_position');
    expect(plan).not.toContain('"Seq Scan"');
    expect((await http.get('/api/health').expect(200)).body).toMatchObject({ status: 'ok', queue: { lag: 0, lagCapped: false } });
  });
});
