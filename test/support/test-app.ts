import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { useTestDatabase } from '@jixiao/testing';
import { loadConfig } from '../../apps/api/src/config';
import { createApp } from '../../apps/api/src/create-app';
import { DEMO_PASSWORD, seedDemoData } from '../../apps/api/src/demo/seed-demo-data';
import { ContractRecorder, exchangeOf } from './contract';

export type DemoUser =
  | 'hn-preparer' | 'hn-head' | 'hh-preparer' | 'hh-head' | 'reviewer' | 'hn-reviewer' | 'auditor' | 'admin';

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

/**
 * The whole API in-process against its own fresh database (migrated, demo data seeded) and the real Redis. Every
 * response through `http()` and `as(...)` is checked against the OpenAPI document when the file ends (contract.ts):
 * a status the document does not list, or a body not matching its schema, fails the file.
 */
export function useTestApp() {
  let app: INestApplication | undefined;
  const tokens = new Map<DemoUser, string>();
  const contract = new ContractRecorder();

  const db = useTestDatabase();
  // The API closes while its database is still there.
  db.beforeDrop(async () => app?.close());
  afterAll(() => {
    const { violations } = contract.finish(expect.getState().testPath);
    if (violations.length) throw new Error(`Responses not as the OpenAPI document says:\n${[...new Set(violations)].join('\n')}`);
  });
  beforeAll(async () => {
    await seedDemoData(db.pool);
    app = await createApp(loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' }), { logger: false });
    await app.init();
  });

  const http = () => recorded(request(app!.getHttpServer()));
  const recorded = (agent: ReturnType<typeof request>): ReturnType<typeof request> => new Proxy(agent, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (!METHODS.includes(property as (typeof METHODS)[number])) return value;
      return (url: string, ...rest: unknown[]) => {
        const test = (value as (...args: unknown[]) => request.Test).call(target, url, ...rest);
        test.on('response', (res) => contract.record(exchangeOf(String(property), url, res)));
        return test;
      };
    },
  });
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
  return { db, http, as, app: () => app! };
}
