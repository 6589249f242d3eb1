// Feeds BullMQ from the committed event log, not from requests: a command that commits while Redis or the worker
// is down gets its jobs when they are back. The checkpoint moves only after the jobs are in Redis, inside a
// transaction that holds the checkpoint row, so two feeds never interleave.
import type { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@jixiao/event-store';
import { jobsFor } from './jobs/transition-jobs';

const BATCH = 500;
export const FEED_CHECKPOINT = 'job-feed';

export class JobFeed {
  private readonly store: PostgresEventStore;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: Pool,
    private readonly queue: Queue,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {
    this.store = new PostgresEventStore(pool);
  }

  /** Enqueues the jobs of the next committed events; returns how many events it passed. */
  async tick(): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(
        `SELECT position FROM projection_checkpoints WHERE name = $1 FOR UPDATE`, [FEED_CHECKPOINT],
      );
      const from = rows[0]?.position ?? '0';
      const events = await this.store.readAll(String(from), BATCH);
      const jobs = events.flatMap(jobsFor);
      if (jobs.length) {
        await this.queue.addBulk(jobs.map((job) => ({ name: job.name, data: job.data, opts: { jobId: job.id } })));
      }
      if (events.length) {
        await client.query(
          `INSERT INTO projection_checkpoints (name, position) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET position = $2`,
          [FEED_CHECKPOINT, events[events.length - 1].position],
        );
      }
      await client.query('COMMIT');
      return events.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  start(intervalMs: number): void {
    const loop = async () => {
      let passed = 0;
      try {
        passed = await this.tick();
      } catch (error) {
        this.onError(error as Error);
      }
      if (this.timer !== null) this.timer = setTimeout(() => (this.running = loop()), passed ? 0 : intervalMs);
    };
    this.timer = setTimeout(() => (this.running = loop()), 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
