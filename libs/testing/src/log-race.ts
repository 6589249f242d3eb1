import type { Pool, PoolClient } from 'pg';

export interface LogRace {
  /** Holds the older transaction id; its insert will take the higher position and commit first. */
  olderXid: PoolClient;
  /** Began later; its insert takes the lower position and commits last. */
  lowerPosition: PoolClient;
  release(): void;
}

/** The known race of PostgreSQL event stores: positions are taken at INSERT, transaction ids at first write. */
export async function openLogRace(pool: Pool): Promise<LogRace> {
  const olderXid = await pool.connect();
  const lowerPosition = await pool.connect();
  await olderXid.query('BEGIN');
  await olderXid.query('SELECT pg_current_xact_id()');
  await lowerPosition.query('BEGIN');
  return { olderXid, lowerPosition, release: () => { olderXid.release(); lowerPosition.release(); } };
}
