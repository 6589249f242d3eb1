import type { Pool } from 'pg';
import { createPool } from '@jixiao/event-store';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/jixiao';

/** SPEC §13: DATABASE_URL, checked before any connection so a malformed value is named, not thrown by pg. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string | Error {
  const url = env.DATABASE_URL?.trim() || DEFAULT_URL;
  try {
    if (!/^postgres(ql)?:$/.test(new URL(url).protocol)) return new Error(`DATABASE_URL 应以 postgres:// 开头：${url}`);
  } catch {
    return new Error(`DATABASE_URL 不是有效的地址：${url}`);
  }
  return url;
}

export async function withPool<T>(url: string, work: (pool: Pool) => Promise<T>): Promise<T> {
  // DATABASE_PREPARED_STATEMENTS=false: behind PgBouncer < 1.21 in transaction mode, as for the API and worker.
  const pool = createPool(url, 2, { preparedStatements: process.env.DATABASE_PREPARED_STATEMENTS?.trim() !== 'false' });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

export function fail(message: string, code: number): number {
  process.stderr.write(`${message}\n`);
  return code;
}

/**
 * Verbs that change the schema or every table (migrate, backup, restore, projections rebuild) connect as the owner:
 * MIGRATION_DATABASE_URL when set (production, where DATABASE_URL is the application's role), else DATABASE_URL.
 */
export function ownerUrl(env: NodeJS.ProcessEnv = process.env): string | Error {
  const migration = env.MIGRATION_DATABASE_URL?.trim();
  const url = databaseUrl({ DATABASE_URL: migration || env.DATABASE_URL });
  return url instanceof Error && migration ? new Error(url.message.replace('DATABASE_URL', 'MIGRATION_DATABASE_URL')) : url;
}
