import type { Pool } from 'pg';
import { cursorAfter, LogCursor, readCommittedAfter } from '@jixiao/event-store';
import type { Queryable } from '@jixiao/event-store';
import { inTransaction } from './in-transaction';
import { SCORE_CHANGES, ScoreChangesProjection } from './score-changes.projection';

const PAGE = 5000;

export interface CatchUpResult {
  events: number;
  rows: number;
  position: string;
}

/**
 * Brings the score-changes read model up to the committed log. The checkpoint row is locked for the run, so two
 * runners never interleave; a model without a checkpoint (added later) starts at position 0.
 */
export function catchUpScoreChanges(pool: Pool): Promise<CatchUpResult> {
  return inTransaction(pool, 'BEGIN', catchUpIn);
}

/** The catch-up itself, inside a transaction the caller holds. */
export async function catchUpIn(db: Queryable): Promise<CatchUpResult> {
  await db.query(`INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT DO NOTHING`, [SCORE_CHANGES]);
  const { rows } = await db.query(
    `SELECT transaction_id::text AS transaction_id, position FROM projection_checkpoints WHERE name = $1 FOR UPDATE`,
    [SCORE_CHANGES],
  );
  let cursor: LogCursor = { transactionId: rows[0].transaction_id, position: String(rows[0].position) };
  const projection = new ScoreChangesProjection(db, cursor.position === '0');
  let events = 0;
  let written = 0;
  for (;;) {
    const batch = await readCommittedAfter(db, cursor, PAGE);
    if (!batch.length) break;
    written += await projection.handle(batch);
    events += batch.length;
    cursor = cursorAfter(batch[batch.length - 1]);
    if (batch.length < PAGE) break;
  }
  if (events) {
    await db.query(`UPDATE projection_checkpoints SET transaction_id = $2::xid8, position = $3 WHERE name = $1`, [
      SCORE_CHANGES,
      cursor.transactionId,
      cursor.position,
    ]);
  }
  return { events, rows: written, position: cursor.position };
}
