import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { APP_ROLE, createPool } from '@jixiao/event-store';
import { hotline, useTestDatabase } from '@jixiao/testing';
import { ConfigError, loadConfig } from '../apps/api/src/config';
import { createApp, prepareDatabase } from '../apps/api/src/create-app';
import { DEMO_PASSWORD, seedDemoData } from '../apps/api/src/demo/seed-demo-data';
import { documentsOf, startWorkerSystem, until, type WorkerSystem } from '../apps/worker/src/worker-test-kit';

const asRole = (url: string, role: string) => Object.assign(new URL(url), { username: role }).toString();

/** SPEC §19: in production the API and worker run as jixiao_app, which `migrate` created and granted. */
describe('production as the application role', () => {
  const db = useTestDatabase();
  const production = (databaseUrl: string) => loadConfig({
    NODE_ENV: 'production', DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: db.url, JWT_SECRET: 'a-production-secret-of-some-length',
    QUEUE_NAME: 'app-role-test',
  });
  let app: INestApplication;
  let worker: WorkerSystem;
  const appPool = () => createPool(asRole(db.url, APP_ROLE), 4);
  let pool: ReturnType<typeof createPool>;

  beforeAll(async () => {
    await seedDemoData(db.pool);
    const config = production(asRole(db.url, APP_ROLE));
    await prepareDatabase(config);
    app = await createApp(config, { logger: false });
    await app.init();
    pool = appPool();
    worker = startWorkerSystem(pool, { feedIntervalMs: 50 });
  });
  db.beforeDrop(async () => {
    await worker?.stop();
    await app?.close();
    await pool?.end();
  });

  it('refuses to start as the superuser that owns the events table, naming DATABASE_URL', async () => {
    await expect(prepareDatabase(production(db.url))).rejects.toThrow(ConfigError);
    await expect(prepareDatabase(production(db.url))).rejects.toThrow(/DATABASE_URL: 数据库角色 postgres 是超级用户/);
  });

  it('runs the whole workflow, its read side and the worker’s documents', async () => {
    const http = () => request(app.getHttpServer());
    const login = async (username: string) =>
      `Bearer ${(await http().post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200)).body.accessToken}`;
    const [preparer, head, reviewer] = await Promise.all(['hn-preparer', 'hn-head', 'reviewer'].map(login));
    const { id } = (await http().post('/api/reports').set('Authorization', preparer).set('Idempotency-Key', 'app-role').send(hotline()).expect(201)).body;
    const step = (auth: string, path: string, version: number) =>
      http().post(`/api/reports/${id}/${path}`).set('Authorization', auth).set('If-Match', `"${version}"`).send({}).expect(200);
    await step(preparer, 'submit', 1);
    await step(head, 'sign-off', 2);
    await step(reviewer, 'approve', 3);
    await step(reviewer, 'publish', 4);
    await http().get(`/api/public/reports/${id}`).expect(200);
    await http().get('/api/reports?q=热线').set('Authorization', reviewer).expect(200);
    await http().get(`/api/reports/${id}/history`).set('Authorization', reviewer).expect(200);
    await http().get('/api/stats').set('Authorization', reviewer).expect(200);
    const documents = await until(() => documentsOf(db.pool, id), (rows) => rows.filter((row) => row.version === 5).length === 3, 60000);
    expect(documents.filter((row) => row.version === 5).map((row) => row.format).sort()).toEqual(['docx', 'pdf', 'xlsx']);
  }, 90000);
});
