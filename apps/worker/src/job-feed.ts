// Feeds BullMQ from the committed event log, not from requests: a command that commits while Redis or the worker
// is down gets its jobs when they are back. It pages by (transaction_id, position) cursor (see committed-log.ts), so
// a late-committing event is never skipped. No database transaction is held while Redis is called: an open
// transaction would hold back every reader of the log for as long as Redis hangs. Two feeds may enqueue the same
// events; job ids are deterministic, so BullMQ keeps one, and the checkpoint only ever moves forward.
import type { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { cursorAfter, LOG_START, LogCursor, readCommittedAfter } from '@jixiao/event-store';
import { jobsFor } from './jobs/transition-jobs';

const BATCH = 500;
export const FEED_CHECKPOINT = 'job-feed';

export const READ_CHECKPOINT = `SELECT transaction_id::text AS transaction_id, position FROM projection_checkpoints WHERE name = $1`;
/** Moves a checkpoint forward only: of two workers, the one that saw further wins. */
export const ADVANCE_CHECKPOINT = `
  INSERT INTO projection_checkpoints (name, transaction_id, position) VALUES ($1, $2::xid8, $3)
  ON CONFLICT (name) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position
  WHERE (projection_checkpoints.transaction_id, projection_checkpoints.position)
      < (EXCLUDED.transaction_id, EXCLUDED.position)`;

export interface JobFeedOptions {
  /** A Redis call slower than this fails the tick, which is retried on the next one. */
  enqueueTimeoutMs?: number;
}

export class JobFeed {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private readonly enqueueTimeoutMs: number;

  constructor(
    private readonly pool: Pool,
    private readonly queue: Queue,
    private readonly onError: (error: Error) => void = () => undefined,
    options: JobFeedOptions = {},
  ) {
    this.enqueueTimeoutMs = options.enqueueTimeoutMs ?? 5000;
  }

  /** Enqueues the jobs of the next committed events; returns how many events it passed. */
  async tick(): Promise<number> {
    const from = await this.checkpoint();
    const events = await readCommittedAfter(this.pool, from, BATCH);
    if (!events.length) return 0;
    const jobs = events.flatMap(jobsFor);
    if (jobs.length) {
      const bulk = jobs.map((job) => ({ name: job.name, data: job.data, opts: { jobId: job.id } }));
      await withTimeout(this.queue.addBulk(bulk), this.enqueueTimeoutMs, 'enqueueing report jobs');
    }
    const to = cursorAfter(events[events.length - 1]);
    await this.pool.query(ADVANCE_CHECKPOINT, [FEED_CHECKPOINT, to.transactionId, to.position]);
    return events.length;
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

  private async checkpoint(): Promise<LogCursor> {
    const { rows } = await this.pool.query(READ_CHECKPOINT, [FEED_CHECKPOINT]);
    if (!rows.length) return LOG_START;
    return { transactionId: rows[0].transaction_id, position: String(rows[0].position) };
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer from Redis in ${ms} ms`)), ms);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
