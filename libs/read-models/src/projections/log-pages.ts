import { REPORT_STREAMS_LIKE } from '@jixiao/domain';
import { RecordedEvent, toRecordedEventAtIsoTime } from '@jixiao/event-store';
import type { Lane } from './lane';
import { UTC_TIMESTAMPS_AS_ISO } from './utc-timestamp';

/** One of `count` disjoint shares of the report streams (a report with its companions); count 1 is the whole log. */
export interface Partition {
  index: number;
  count: number;
}

export const WHOLE_LOG: Partition = { index: 0, count: 1 };

/** Events whose place in the log the replay needs, but not their bodies: no read model shows them. */
const UNREAD_BODIES = ['DocumentsRendered'];
const BODY_READ = `type NOT IN (${UNREAD_BODIES.map((type) => `'${type}'`).join(', ')})`;

// Every column of a stored event but the hash chain, which no read model shows (a tenth of each row's bytes), and the
// bodies of the worker's document receipts (a fifth of a year's log: the replay skips them, yet PostgreSQL would turn
// them into text and the driver parse them), with the writing transaction's id that a checkpoint cursor needs. The time
// is read in UTC as text already in the shape a RecordedEvent carries (isoOfUtcTimestamp): no Date for each row.
const REPLAYED_COLUMNS = `position, stream_id, version, type, schema_version,
  CASE WHEN ${BODY_READ} THEN data END AS data, CASE WHEN ${BODY_READ} THEN metadata END AS metadata,
  recorded_at AT TIME ZONE 'UTC' AS recorded_at,
  '' AS prev_hash, '' AS hash, transaction_id::text AS transaction_id`;

/** The share's condition on `events`, its values numbered from `$first`. */
export function partitionWhere(partition: Partition, first: number): { sql: string; values: unknown[] } {
  if (partition.count === 1) return { sql: 'TRUE', values: [] };
  // A report stream is `report-<uuid>`, a companion `report-<uuid>-<kind>`: the uuid keeps them together.
  return {
    sql: `stream_id LIKE '${REPORT_STREAMS_LIKE}' AND (hashtext(substr(stream_id, 8, 36)) & 2147483647) % $${first} = $${first + 1}`,
    values: [partition.count, partition.index],
  };
}

/**
 * Pages through every visible event of the partition in position order. The next page is requested before `onPage` runs, so the database sends it while this process
 * folds the current one.
 */
export async function forEachLogPage(
  db: Lane,
  pageSize: number,
  onPage: (events: RecordedEvent[]) => Promise<void> | void,
  partition: Partition = WHOLE_LOG,
): Promise<number> {
  const where = partitionWhere(partition, 3);
  const sql = `SELECT ${REPLAYED_COLUMNS} FROM events WHERE position > $1 AND ${where.sql} ORDER BY position LIMIT $2`;
  const readPage = async (after: string) =>
    (await db.query({ text: sql, values: [after, pageSize, ...where.values], types: UTC_TIMESTAMPS_AS_ISO })).rows.map(
      toRecordedEventAtIsoTime,
    );
  let count = 0;
  let next = readPage('0');
  for (;;) {
    const events = await next;
    const isLast = events.length < pageSize;
    if (!isLast) {
      next = readPage(events[events.length - 1].position);
      next.catch(() => undefined); // awaited on the next turn; until then a failure must not count as unhandled
    }
    if (events.length) await onPage(events);
    count += events.length;
    if (isLast) return count;
  }
}
