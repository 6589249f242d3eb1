import { reportStreams } from '@jixiao/read-models';
import { randomUUID } from 'node:crypto';
import type { Queue, Worker } from 'bullmq';
import type { Pool } from 'pg';
import { JobFeed } from '../../apps/worker/src/job-feed';
import { createQueue, createWorker } from '../../apps/worker/src/report-jobs.processor';
import { ScoreChangesRunner } from '../../apps/worker/src/score-changes-runner';
import { actors, hotline } from '@jixiao/testing';


/** Drafts the hotline form and submits it: two transitions, versions 1 and 2. */
export async function aSubmittedReport(pool: Pool): Promise<string> {
  const streams = reportStreams(pool);
  const reportId = randomUUID();
  await streams.execute(reportId, {
    type: 'DraftReport', actor: actors.preparer, data: { reportId, document: hotline(), departmentName: '淮南市人民政府办公室' },
  }, { correlationId: 'test' });
  await streams.execute(reportId, { type: 'SubmitSelfEvaluation', actor: actors.preparer, data: {} } as never, { correlationId: 'test' });
  return reportId;
}

export async function eventsOf(pool: Pool, streamId: string): Promise<{ type: string; data: any }[]> {
  const { rows } = await pool.query('SELECT type, data FROM events WHERE stream_id = $1 ORDER BY version', [streamId]);
  return rows;
}

export async function documentsOf(pool: Pool, reportId: string): Promise<{ version: number; format: string }[]> {
  const { rows } = await pool.query(
    'SELECT version, format FROM report_documents WHERE report_id = $1 ORDER BY version, format', [reportId],
  );
  return rows;
}

export async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const uniqueQueue = () => `test-${randomUUID()}`;

export interface WorkerSystem {
  queue: Queue;
  worker: Worker;
  stop(): Promise<void>;
}

/** The worker as production runs it (job feed + BullMQ worker) on a queue of its own, for tests and benches. */
export function startWorkerSystem(pool: Pool, options: { lockMs?: number; feedIntervalMs?: number; queueName?: string } = {}): WorkerSystem {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const name = options.queueName ?? uniqueQueue();
  const queue = createQueue(name, redisUrl);
  const worker = createWorker(name, redisUrl, pool, { concurrency: 2, lockMs: options.lockMs ?? 10000, renderDelayMs: 0 });
  const feed = new JobFeed(pool, queue);
  feed.start(options.feedIntervalMs ?? 50);
  const scoreChanges = new ScoreChangesRunner(pool);
  scoreChanges.start(options.feedIntervalMs ?? 50);
  return {
    queue,
    worker,
    async stop() {
      await feed.stop();
      await scoreChanges.stop();
      await worker.close();
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    },
  };
}
