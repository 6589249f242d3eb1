import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { hotline, useTestDatabase } from '@jixiao/testing';
import { loadConfig } from '../apps/api/src/config';
import { createApp } from '../apps/api/src/create-app';
import { seedDemoData } from '../apps/api/src/demo/seed-demo-data';

describe('GET /api/health tells the truth', () => {
  const db = useTestDatabase();
  const apps: INestApplication[] = [];
  const start = async (redisUrl?: string) => {
    const env = { DATABASE_URL: db.url, NODE_ENV: 'test', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
    const app = await createApp(loadConfig(env), { logger: false });
    await app.init();
    apps.push(app);
    return request(app.getHttpServer());
  };
  beforeAll(() => seedDemoData(db.pool));
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  it('answers 200 with PostgreSQL, Redis and the events not yet passed to the queue', async () => {
    const res = await (await start()).get('/api/health').expect(200);
    const events = Number((await db.pool.query('SELECT count(*) FROM events')).rows[0].count);
    expect(events).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ status: 'ok', database: { ok: true }, redis: { ok: true }, queue: { ok: true, lag: events } });
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
});
