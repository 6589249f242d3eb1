import type { RecordedEvent } from './recorded-event';

export const COLUMNS = `position, stream_id, version, type, schema_version, data, metadata, recorded_at, prev_hash, hash`;

export function toRecordedEvent(row: Record<string, any>): RecordedEvent {
  return {
    position: String(row.position),
    streamId: row.stream_id,
    version: row.version,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: new Date(row.recorded_at).toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
    ...(row.transaction_id === undefined ? {} : { transactionId: String(row.transaction_id) }),
  };
}
