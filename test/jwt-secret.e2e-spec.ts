import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { useTestDatabase } from '@jixiao/testing';
import { loadConfig } from '../apps/api/src/config';
import { createApp } from '../apps/api/src/create-app';
import { DEMO_PASSWORD, seedDemoData } from '../apps/api/src/demo/seed-demo-data';

/** SPEC §13: no built-in JWT secret; without JWT_SECRET outside production, one generated at first start and kept. */
describe('the JWT secret without JWT_SECRET', () => {
  const db = useTestDatabase();
  const apps: INestApplication[] = [];
  const start = async () => {
    const app = await createApp(loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'development', QUEUE_NAME: 'jwt-secret-test' }), { logger: false });
    await app.init();
    apps.push(app);
    return app;
  };
  const tokenFrom = async (app: INestApplication) =>
    (await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD }).expect(200)).body.accessToken;

  beforeAll(() => seedDemoData(db.pool));
  db.beforeDrop(() => Promise.all(apps.map((app) => app.close())));

  it('is one random secret that two processes starting at once agree on, kept across restarts', async () => {
    const [first, second] = await Promise.all([start(), start()]);
    const token = await tokenFrom(first);
    await request(second.getHttpServer()).get('/api/reports').set('Authorization', `Bearer ${token}`).expect(200);
    const { rows } = await db.pool.query(`SELECT value FROM settings WHERE name = 'jwt_secret'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].value.length).toBeGreaterThanOrEqual(32);
    const restarted = await start();
    await request(restarted.getHttpServer()).get('/api/reports').set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('refuses an admin token forged with the secret the code once had built in', async () => {
    const app = apps[0] ?? (await start());
    const forged = await new JwtService({ secret: 'jixiao-development-secret-not-for-production' })
      .signAsync({ sub: 'admin', username: 'admin', role: 'admin', department: null });
    const res = await request(app.getHttpServer()).get('/api/reports').set('Authorization', `Bearer ${forged}`);
    expect(res.status).toBe(401);
    expect(res.body.title).toBe('未登录');
  });
});
