import type { Pool, PoolClient } from 'pg';
import { LOG_START, LogCursor } from '@jixiao/event-store';
import { catchUpIn } from './checkpoints';
import { inTransaction } from './in-transaction';
import { Difference, differencesIn, TABLES } from './compare';
import { replayLog } from './replay-log';
import { SCORE_CHANGES } from './score-changes.projection';
import { ShadowTables } from './shadow-table';

// Every transaction below the snapshot's xmin has finished, so each later read sees all of its events: the
// rebuilt score_changes may stop there, and the catch-up after it goes on to the precise committed horizon.
const SNAPSHOT = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_export_snapshot() AS snapshot`;

const CLAIM_CHECKPOINT = `
  WITH created AS (INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT DO NOTHING RETURNING name)
  SELECT name FROM projection_checkpoints WHERE name = $1 FOR UPDATE`;

const SAVE_CHECKPOINT = `
  INSERT INTO projection_checkpoints (name, transaction_id, position) VALUES ($1, $2::xid8, $3)
  ON CONFLICT (name) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position`;

// Filled beside the live tables and swapped in: report_counts follows report_summary and is counted afresh after.
const REBUILT = ['report_summary', 'report_search', 'report_view', 'score_changes'];

export interface RebuildResult {
  events: number;
  reports: number;
  scoreChanges: number;
  reusedScores: number;
}

/**
 * Rebuilds every read model from the events in one transaction. The lock makes concurrent commands wait for
 * their inline projection until the rebuild commits, then write their newer state over it; readers go on.
 * The log is read on a second connection, in the snapshot taken right after the lock, so that the database
 * reads the next pages while it writes the last ones.
 */
export async function rebuildProjections(pool: Pool, options: { threads?: number } = {}): Promise<RebuildResult> {
  return inTransaction(pool, 'BEGIN', async (client) => {
    // The score-changes runner locks its checkpoint, then writes score_changes: taking them in the same order
    // means it finishes (or waits) instead of deadlocking with the rebuild.
    await client.query(CLAIM_CHECKPOINT, [SCORE_CHANGES]);
    await client.query(`LOCK TABLE ${REBUILT.join(', ')} IN EXCLUSIVE MODE`);
    const { xmin, snapshot } = (await client.query(SNAPSHOT)).rows[0];
    const scratch = `projection_rebuild_${process.pid}_${Date.now()}`;
    const shadows = new ShadowTables(scratch, REBUILT);
    await client.query(`CREATE SCHEMA ${scratch}`);
    await shadows.create(client);
    await client.query(`SET LOCAL search_path = ${scratch}, public`);
    const replay = await replayLog(client, { xidBelow: xmin }, { pool, snapshot }, options.threads);
    await client.query(SAVE_CHECKPOINT, [SCORE_CHANGES, replay.cursor.transactionId, replay.cursor.position]);
    const rest = await catchUpIn(client);
    await shadows.swapIn(client);
    // report_counts follows report_summary by triggers, one statement's difference at a time: counted afresh here, it
    // is right whatever was loaded beside report_summary before (a restore loads both).
    await client.query(`SELECT report_counts_refill()`);
    await client.query(`DROP SCHEMA ${scratch}`);
    return {
      events: replay.events,
      reports: replay.reports,
      scoreChanges: replay.scoreChanges + rest.rows,
      reusedScores: replay.reusedScores,
    };
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
export async function verifyProjections(pool: Pool, options: { threads?: number } = {}): Promise<VerifyResult> {
  return inTransaction(
    pool,
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    async (client) => {
      const { snapshot } = (await client.query(`SELECT pg_export_snapshot() AS snapshot`)).rows[0];
      const scratch = `projection_verify_${process.pid}_${Date.now()}`;
      await client.query(`CREATE SCHEMA ${scratch}`);
      for (const table of TABLES) {
        const including = table.upserted ? 'INCLUDING DEFAULTS INCLUDING INDEXES' : 'INCLUDING DEFAULTS';
        await client.query(`CREATE TABLE ${scratch}.${table.name} (LIKE public.${table.name} ${including})`);
      }
      await client.query(`SET LOCAL search_path = ${scratch}, public`);
      const live = await liveCheckpoint(client);
      const replay = await replayLog(client, { through: live }, { pool, snapshot }, options.threads);
      await client.query(`SELECT report_counts_refill()`); // into the scratch report_counts, from the scratch summaries
      return { events: replay.events, differences: await differencesIn(client, scratch) };
    },
    true,
  );
}

async function liveCheckpoint(client: PoolClient): Promise<LogCursor> {
  const { rows } = await client.query(
    `SELECT transaction_id::text AS transaction_id, position FROM public.projection_checkpoints WHERE name = $1`,
    [SCORE_CHANGES],
  );
  return rows[0] ? { transactionId: rows[0].transaction_id, position: String(rows[0].position) } : LOG_START;
}
