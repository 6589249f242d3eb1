import type { Pool } from 'pg';
import { EventMetadata, NewEvent, PostgresEventStore, RecordedEvent, StaleVersion } from '@jixiao/event-store';

export const WORKER_ACTOR = { username: 'jixiao-worker', role: 'system', department: null };

const MAX_RACES = 10;

/** A worker-owned stream beside the report's, so recomputation never moves the version a user's If-Match names. */
export class CompanionStream {
  private readonly store: PostgresEventStore;

  constructor(pool: Pool, readonly streamId: string) {
    this.store = new PostgresEventStore(pool);
  }

  read(): Promise<RecordedEvent[]> {
    return this.store.readStream(this.streamId);
  }

  /**
   * Appends what `decide` makes of the stream as it now stands, or nothing when it returns null. Jobs of two versions
   * of one report run side by side, so a lost race re-reads and decides again instead of failing the job.
   */
  async appendUnless(decide: (recorded: RecordedEvent[]) => NewEvent | null, correlationId: string): Promise<boolean> {
    for (let race = 0; ; race++) {
      const recorded = await this.read();
      const event = decide(recorded);
      if (!event) return false;
      try {
        await this.append(recorded, event, correlationId);
        return true;
      } catch (error) {
        if (!(error instanceof StaleVersion) || race >= MAX_RACES) throw error;
      }
    }
  }

  private async append(after: RecordedEvent[], event: NewEvent, correlationId: string): Promise<void> {
    const head = after.at(-1);
    const metadata: EventMetadata = { actor: WORKER_ACTOR, at: new Date().toISOString(), correlationId, causationId: correlationId };
    await this.store.append(this.streamId, [event], {
      expectedVersion: head?.version ?? 0, expectedHash: head?.hash ?? null, metadata,
    });
  }
}
