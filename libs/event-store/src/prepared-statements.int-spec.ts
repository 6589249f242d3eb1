import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { useTestDatabase } from '@jixiao/testing';
import { createPool } from './database';
import { PostgresEventStore } from './postgres-event-store';
import { PREPARED_STATEMENTS_HINT } from './prepared-statements';

const metadata = { actor: { username: 't', role: 'preparer', department: '009' }, at: new Date().toISOString(), correlationId: 'c', causationId: null };

/** DATABASE_PREPARED_STATEMENTS: the one-event append is a named statement unless the pool is made without them. */
describe('prepared statements', () => {
  const db = useTestDatabase();
  const pools: Pool[] = [];
  const poolOf = (preparedStatements?: boolean) => {
    const pool = createPool(db.url, 1, { preparedStatements });
    pools.push(pool);
    return pool;
  };
  afterAll(() => Promise.all(pools.map((pool) => pool.end())));

  const preparedAfterAppend = async (pool: Pool) => {
    await new PostgresEventStore(pool).append(`s-${randomUUID()}`, [{ type: 'Tested', data: {} }], { expectedVersion: 0, expectedHash: null, metadata });
    const { rows } = await pool.query(`SELECT name FROM pg_prepared_statements ORDER BY name`); // the same, only connection
    return rows.map((row) => row.name);
  };

  it('prepares the one-event append once per connection by default', async () => {
    expect(await preparedAfterAppend(poolOf())).toEqual(['jixiao-append-one']);
  });

  it('sends it unnamed with preparedStatements false, and it appends all the same', async () => {
    const pool = poolOf(false);
    expect(await preparedAfterAppend(pool)).toEqual([]);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM events WHERE type = 'Tested'`);
    expect(rows[0].n).toBe(2);
  });

  it('names the setting when a server connection already holds the name (what PgBouncer < 1.21 causes)', async () => {
    const client = await poolOf().connect();
    try {
      await client.query(`PREPARE "jixiao-taken" AS SELECT 1`);
      const error = await client.query({ name: 'jixiao-taken', text: 'SELECT 1' }).catch((e: Error) => e);
      expect(error).toMatchObject({ code: '42P05', message: `prepared statement "jixiao-taken" already exists${PREPARED_STATEMENTS_HINT}` });
    } finally {
      client.release();
    }
  });
});
