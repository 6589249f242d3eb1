import type { Pool } from 'pg';
import { EventMetadata, NewEvent, PostgresEventStore, RecordedEvent } from '@jixiao/event-store';

export const WORKER_ACTOR = { username: 'jixiao-worker', role: 'system', department: null };

/** A worker-owned stream beside the report's, so recomputation never moves the version a user's If-Match names. */
export class CompanionStream {
  private readonly store: PostgresEventStore;

  constructor(pool: Pool, readonly streamId: string) {
    this.store = new PostgresEventStore(pool);
  }

  read(): Promise<RecordedEvent[]> {
    return this.store.readStream(this.streamId);
  }

  async append(after: RecordedEvent[], event: NewEvent, correlationId: string): Promise<void> {
    const head = after.at(-1);
    const metadata: EventMetadata = { actor: WORKER_ACTOR, at: new Date().toISOString(), correlationId, causationId: correlationId };
    await this.store.append(this.streamId, [event], {
      expectedVersion: head?.version ?? 0, expectedHash: head?.hash ?? null, metadata,
    });
  }
}
