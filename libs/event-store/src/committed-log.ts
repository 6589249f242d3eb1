// Reading the whole log in commit-safe order. Positions come from a sequence taken at INSERT time, so a transaction
// holding a lower position can commit after one holding a higher position. Readers therefore page by
// (transaction_id, position) and only below the oldest transaction still in progress: every event a later transaction
// writes sorts after the cursor, so nothing committed late is ever skipped.
import { EVENT_COLUMNS_WITH_XID, Queryable, toRecordedEvent } from './event-rows';
import type { RecordedEvent } from './recorded-event';

export interface LogCursor {
  transactionId: string;
  position: string;
}

export const LOG_START: Readonly<LogCursor> = Object.freeze({ transactionId: '0', position: '0' });

export function cursorAfter(event: RecordedEvent): LogCursor {
  if (event.transactionId === undefined) throw new Error(`event at ${event.position} was read without its transaction id`);
  return { transactionId: event.transactionId, position: event.position };
}

// The oldest transaction still in progress that could be writing events here. The snapshot's xmin alone is
// cluster-wide, so an idle transaction in another database would stall every reader; an xid is skipped only when
// pg_stat_activity positively places it in another database (an xid it cannot place still holds readers back).
const HORIZON = `(
  SELECT coalesce(min(x), pg_snapshot_xmax(pg_current_snapshot()))
  FROM pg_snapshot_xip(pg_current_snapshot()) AS x
  WHERE NOT EXISTS (
    SELECT 1 FROM pg_stat_activity a
    WHERE a.backend_xid IS NOT NULL AND a.datname IS DISTINCT FROM current_database()
      AND a.backend_xid::text = (x::text::numeric % 4294967296)::text))`;

/** Committed events after a cursor, in (transaction, position) order. */
export async function readCommittedAfter(db: Queryable, after: LogCursor, limit: number): Promise<RecordedEvent[]> {
  const { rows } = await db.query(
    `SELECT ${EVENT_COLUMNS_WITH_XID} FROM events
     WHERE (transaction_id, position) > ($1::xid8, $2::bigint) AND transaction_id < ${HORIZON}
     ORDER BY transaction_id, position LIMIT $3`,
    [after.transactionId, after.position, limit],
  );
  return rows.map(toRecordedEvent);
}
