import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { ensureDatabase, migrate } from '@jixiao/event-store';
import { settleWithin } from './settle-within';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jixiao';

export interface TestDatabase {
  readonly url: string;
  readonly pool: Pool;
  /**
   * Runs `stop` after the file's tests and before the database is dropped (the last registered first). An API or a
   * worker stopped in an afterAll of its own would stop after it: jest-circus runs afterAll hooks in the order they
   * were declared, and useTestDatabase comes first.
   */
  beforeDrop(stop: () => Promise<unknown>): void;
}

export function testDatabaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database with the migrations applied, dropped after the file's tests. */
export function useTestDatabase(): TestDatabase {
  const name = `jixiao_test_${randomBytes(6).toString('hex')}`;
  const url = testDatabaseUrl(name);
  let pool: Pool | undefined;
  const stops: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    await ensureDatabase(url);
    await migrate(url);
    pool = new Pool({ connectionString: url, max: 20 });
    pool.on('error', () => undefined);
  });
  afterAll(async () => {
    try {
      for (const stop of stops.reverse()) await settleWithin(STEP_MS, 'a process stopping before its database is dropped', stop());
    } finally {
      await settleWithin(STEP_MS, "the test's pool ending", pool?.end());
      await dropDatabase(name);
    }
  });
  return {
    url,
    get pool() {
      if (!pool) throw new Error('test database used before beforeAll');
      return pool;
    },
    beforeDrop: (stop) => void stops.push(stop),
  };
}

/** How long one teardown step may take before the next goes ahead: the database is dropped WITH (FORCE) in the end. */
const STEP_MS = 15000;

async function dropDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: testDatabaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
