import type { Pool, PoolClient } from 'pg';
import type { Actor } from '@jixiao/domain';
import { EventMetadata, PostgresEventStore, RecordedEvent, toRecordedEvent } from '@jixiao/event-store';

export const campaignStreamOf = (campaignId: string) => `campaign-${campaignId}`;
export const taskStreamOf = (campaignId: string, taskId: string) => `campaign-${campaignId}-task-${taskId}`;

export type Queryable = Pick<PoolClient, 'query'>;

export interface StreamHead {
  version: number;
  hash: string | null;
}

export async function readStream(db: Queryable, streamId: string): Promise<{ events: RecordedEvent[]; head: StreamHead }> {
  const { rows } = await db.query(
    `SELECT position::text AS position, stream_id, version, type, schema_version, data, metadata, recorded_at, prev_hash, hash
     FROM events WHERE stream_id = $1 ORDER BY version`, [streamId]);
  const events = rows.map(toRecordedEvent);
  return { events, head: { version: events.at(-1)?.version ?? 0, hash: events.at(-1)?.hash ?? null } };
}

/** Appends on the caller's transaction (the store's one-statement append run on a client, not the pool). */
export function appendOn(
  client: Queryable, streamId: string, events: { type: string; data: unknown }[], head: StreamHead, metadata: EventMetadata,
): Promise<RecordedEvent[]> {
  const store = new PostgresEventStore(client as unknown as Pool);
  return store.append(streamId, events, { expectedVersion: head.version, expectedHash: head.hash, metadata });
}

export function metadataOf(actor: Actor, at: string, correlationId: string): EventMetadata {
  return {
    actor: { username: actor.username, role: actor.role, department: actor.department, ...(actor.region ? { region: actor.region } : {}) },
    at, correlationId, causationId: null,
  };
}

export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
