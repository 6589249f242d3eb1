import { Pool, PoolClient } from 'pg';
import { hashEvent } from './hash-chain';
import { EventMetadata, NewEvent, RecordedEvent } from './recorded-event';
import { StaleVersion } from './stale-version';

export interface StreamHead {
  version: number;
  hash: string | null;
}

export interface AppendOptions {
  expectedVersion: number;
  /** Hash of the event at expectedVersion; read with the stream, so no extra round trip. */
  expectedHash: string | null;
  metadata: EventMetadata;
  /** Runs in the append's transaction: inline projections, idempotency records. */
  alsoInTransaction?: (client: PoolClient, recorded: RecordedEvent[]) => Promise<void>;
}

const APPEND_SQL = `
  INSERT INTO events (stream_id, version, type, schema_version, data, metadata, prev_hash, hash)
  SELECT $1, e.version, e.type, e.schema_version, e.data, $3::jsonb, e.prev_hash, e.hash
  FROM jsonb_to_recordset($2::jsonb)
    AS e(version int, type text, schema_version int, data jsonb, prev_hash text, hash text)
  WHERE COALESCE((SELECT max(version) FROM events WHERE stream_id = $1), 0) = $4
  RETURNING position, version, recorded_at`;

const APPEND_ONE_SQL = `
  INSERT INTO events (stream_id, version, type, schema_version, data, metadata, prev_hash, hash)
  SELECT $1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8
  WHERE COALESCE((SELECT max(version) FROM events WHERE stream_id = $1), 0) = $2 - 1
  RETURNING position, version, recorded_at`;

const COLUMNS = `position, stream_id, version, type, schema_version, data, metadata, recorded_at, prev_hash, hash`;

export class PostgresEventStore {
  constructor(private readonly pool: Pool) {}

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 ORDER BY version`,
      [streamId],
    );
    return rows.map(toRecordedEvent);
  }

  async readStreams(streamIds: string[]): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ANY($1) ORDER BY position`,
      [streamIds],
    );
    return rows.map(toRecordedEvent);
  }

  /** Events whose transactions are all committed, so a reader never skips a late committer. */
  readAll(afterPosition: string, limit: number): Promise<RecordedEvent[]> {
    return readAllCommitted(this.pool, afterPosition, limit);
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<RecordedEvent[]> {
    const pending = chain(streamId, events, options);
    if (!options.alsoInTransaction) return this.appendAlone(streamId, pending, options);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const recorded = await insert(client, streamId, pending, options);
      if (options.alsoInTransaction) await options.alsoInTransaction(client, recorded);
      await client.query('COMMIT');
      return recorded;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw isUniqueViolation(error) ? new StaleVersion(streamId, options.expectedVersion) : error;
    } finally {
      client.release();
    }
  }

  /** One statement, so one round trip: PostgreSQL commits a lone INSERT atomically. */
  private async appendAlone(streamId: string, pending: PendingEvent[], options: AppendOptions): Promise<RecordedEvent[]> {
    try {
      return await insert(this.pool, streamId, pending, options);
    } catch (error) {
      throw isUniqueViolation(error) ? new StaleVersion(streamId, options.expectedVersion) : error;
    }
  }
}

interface PendingEvent {
  version: number;
  type: string;
  schema_version: number;
  data: unknown;
  prev_hash: string | null;
  hash: string;
}

function chain(streamId: string, events: NewEvent[], options: AppendOptions): PendingEvent[] {
  let prevHash = options.expectedHash;
  return events.map((event, index) => {
    const version = options.expectedVersion + index + 1;
    const schemaVersion = event.schemaVersion ?? 1;
    const hash = hashEvent(prevHash, {
      streamId, version, type: event.type, schemaVersion, data: event.data, metadata: options.metadata,
    });
    const pending = { version, type: event.type, schema_version: schemaVersion, data: event.data, prev_hash: prevHash, hash };
    prevHash = hash;
    return pending;
  });
}

async function insert(
  client: Pick<PoolClient, 'query'>,
  streamId: string,
  pending: PendingEvent[],
  options: AppendOptions,
): Promise<RecordedEvent[]> {
  const metadata = JSON.stringify(options.metadata);
  const [only] = pending;
  // The common case, one event, as a named prepared statement: parsed and planned once per connection.
  const { rows } = pending.length === 1
    ? await client.query({
        name: 'jixiao-append-one',
        text: APPEND_ONE_SQL,
        values: [streamId, only.version, only.type, only.schema_version, JSON.stringify(only.data), metadata, only.prev_hash, only.hash],
      })
    : await client.query(APPEND_SQL, [streamId, JSON.stringify(pending), metadata, options.expectedVersion]);
  if (rows.length !== pending.length) throw new StaleVersion(streamId, options.expectedVersion);
  return rows.map((row, index) => ({
    position: String(row.position),
    streamId,
    version: row.version,
    type: pending[index].type,
    schemaVersion: pending[index].schema_version,
    data: pending[index].data,
    metadata: options.metadata,
    recordedAt: new Date(row.recorded_at).toISOString(),
    prevHash: pending[index].prev_hash,
    hash: pending[index].hash,
  }));
}

function isUniqueViolation(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  return code === '23505' && constraint === 'events_stream_version';
}

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
  };
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

/** As readAll, on a given connection (a projection reads inside the transaction that moves its checkpoint). */
export async function readAllCommitted(db: Pick<PoolClient, 'query'>, afterPosition: string, limit: number): Promise<RecordedEvent[]> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM events WHERE position > $1 AND transaction_id < ${HORIZON} ORDER BY position LIMIT $2`,
    [afterPosition, limit],
  );
  return rows.map(toRecordedEvent);
}

/** Every committed event after a position, as the reader's snapshot sees them (rebuilds under a table lock). */
export async function readAllVisible(db: Pick<PoolClient, 'query'>, afterPosition: string, limit: number): Promise<RecordedEvent[]> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`, [afterPosition, limit]);
  return rows.map(toRecordedEvent);
}
