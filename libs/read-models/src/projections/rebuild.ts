import type { Pool, PoolClient } from 'pg';
import { catchUpIn, replayScoreChangesUpTo } from './checkpoints';
import { Difference, differencesIn, TABLES } from './compare';
import { rebuildReportModels } from './report-models';
import { SCORE_CHANGES } from './score-changes.projection';

export interface RebuildResult {
  events: number;
  reports: number;
  scoreChanges: number;
}

/**
 * Rebuilds every read model from the events in one transaction. The lock makes concurrent commands wait for
 * their inline projection until the rebuild commits, then write their newer state over it; readers go on.
 */
export async function rebuildProjections(pool: Pool): Promise<RebuildResult> {
  return inTransaction(pool, 'BEGIN', async (client) => {
    await client.query(`LOCK TABLE report_summary, report_view, score_changes IN EXCLUSIVE MODE`);
    const models = await rebuildReportModels(client);
    await client.query('DELETE FROM score_changes');
    await client.query(`UPDATE projection_checkpoints SET transaction_id = '0', position = 0 WHERE name = $1`, [SCORE_CHANGES]);
    const changes = await catchUpIn(client);
    return { events: models.events, reports: models.rows, scoreChanges: changes.rows };
  });
}

export interface VerifyResult {
  events: number;
  differences: Difference[];
}

/**
 * Rebuilds into a scratch schema and compares it with the live read models, all in one snapshot (the inline
 * models commit with their events, so one snapshot sees both consistent). Rolled back: nothing is left behind.
 */
export async function verifyProjections(pool: Pool): Promise<VerifyResult> {
  return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ', async (client) => {
    const scratch = `projection_verify_${process.pid}_${Date.now()}`;
    await client.query(`CREATE SCHEMA ${scratch}`);
    for (const table of TABLES) {
      await client.query(`CREATE TABLE ${scratch}.${table.name} (LIKE public.${table.name} INCLUDING DEFAULTS)`);
    }
    await client.query(`SET LOCAL search_path = ${scratch}, public`);
    const { rows } = await client.query(`SELECT position FROM public.projection_checkpoints WHERE name = $1`, [SCORE_CHANGES]);
    const models = await rebuildReportModels(client);
    await replayScoreChangesUpTo(client, String(rows[0]?.position ?? 0));
    return { events: models.events, differences: await differencesIn(client, scratch) };
  }, true);
}

async function inTransaction<T>(pool: Pool, begin: string, work: (client: PoolClient) => Promise<T>, rollback = false): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query(rollback ? 'ROLLBACK' : 'COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
