import { EVENT_COLUMNS_WITH_XID, RecordedEvent, toRecordedEvent } from '@jixiao/event-store';
import type { Lane } from './lane';

// With the transaction id a checkpoint cursor needs.
const SELECT_PAGE = `SELECT ${EVENT_COLUMNS_WITH_XID} FROM events WHERE position > $1 ORDER BY position LIMIT $2`;

const readPage = async (db: Lane, after: string, limit: number): Promise<RecordedEvent[]> =>
  (await db.query(SELECT_PAGE, [after, limit])).rows.map(toRecordedEvent);

/**
 * Pages through every visible event in position order. The next page is requested before `onPage` runs, so the
 * database sends it while this process folds the current one.
 */
export async function forEachLogPage(
  db: Lane,
  pageSize: number,
  onPage: (events: RecordedEvent[]) => Promise<void> | void,
): Promise<number> {
  let count = 0;
  let next = readPage(db, '0', pageSize);
  for (;;) {
    const events = await next;
    const isLast = events.length < pageSize;
    if (!isLast) {
      next = readPage(db, events[events.length - 1].position, pageSize);
      next.catch(() => undefined); // awaited on the next turn; until then a failure must not count as unhandled
    }
    if (events.length) await onPage(events);
    count += events.length;
    if (isLast) return count;
  }
}
