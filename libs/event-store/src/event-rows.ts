import type { PoolClient } from 'pg';
import type { RecordedEvent } from './recorded-event';

/** Whatever runs a query: the pool, or the client of a transaction. */
export type Queryable = Pick<PoolClient, 'query'>;

/** The one column list of a stored event, in the order `toRecordedEvent` reads them. */
export const EVENT_COLUMNS = `position, stream_id, version, type, schema_version, data, metadata, recorded_at, prev_hash, hash`;
/** The same with the writing transaction's id, which a reader's cursor in the committed log needs. */
export const EVENT_COLUMNS_WITH_XID = `${EVENT_COLUMNS}, transaction_id::text AS transaction_id`;

export function toRecordedEvent(row: Record<string, any>): RecordedEvent {
  return withRecordedAt(row, new Date(row.recorded_at).toISOString());
}

/** The same, for a row whose query already read `recorded_at` as the ISO 8601 text `toISOString` gives. */
export function toRecordedEventAtIsoTime(row: Record<string, any>): RecordedEvent {
  return withRecordedAt(row, row.recorded_at);
}

function withRecordedAt(row: Record<string, any>, recordedAt: string): RecordedEvent {
  return {
    position: String(row.position),
    streamId: row.stream_id,
    version: row.version,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt,
    prevHash: row.prev_hash,
    hash: row.hash,
    ...(row.transaction_id === undefined ? {} : { transactionId: String(row.transaction_id) }),
  };
}
