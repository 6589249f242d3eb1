import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { useTestDatabase } from '@jixiao/testing';
import { loadConfig } from '../../apps/api/src/config';
import { createApp } from '../../apps/api/src/create-app';
import { DEMO_PASSWORD, seedDemoData } from '../../apps/api/src/demo/seed-demo-data';

export type DemoUser =
  | 'hn-preparer' | 'hn-head' | 'hh-preparer' | 'hh-head' | 'reviewer' | 'hn-reviewer' | 'auditor' | 'admin';

/** The whole API in-process against its own fresh database (migrated, demo data seeded) and the real Redis. */
export function useTestApp() {
  const db = useTestDatabase();
  let app: INestApplication | undefined;
  const tokens = new Map<DemoUser, string>();

  beforeAll(async () => {
    await seedDemoData(db.pool);
    app = await createApp(loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' }), { logger: false });
    await app.init();
  });
  afterAll(async () => app?.close());

  const http = () => request(app!.getHttpServer());
  const token = async (user: DemoUser) => {
    if (!tokens.has(user)) {
      const res = await http().post('/api/auth/login').send({ username: user, password: DEMO_PASSWORD }).expect(200);
      tokens.set(user, res.body.accessToken);
    }
    return tokens.get(user)!;
  };
  const as = async (user: DemoUser) => {
    const auth = `Bearer ${await token(user)}`;
    return {
      get: (url: string) => http().get(url).set('Authorization', auth),
      post: (url: string) => http().post(url).set('Authorization', auth),
      put: (url: string) => http().put(url).set('Authorization', auth),
      patch: (url: string) => http().patch(url).set('Authorization', auth),
      delete: (url: string) => http().delete(url).set('Authorization', auth),
    };
  };
  return { db, http, as };
}
