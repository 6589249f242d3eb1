// Redis keeps nothing on disk (SPEC §13 runs it so): a job the feed enqueued but no worker ran yet is gone after a
// Redis restart, while the feed's checkpoint has moved past its event. The sweep finds every transition the feed has
// passed whose documents were never recorded and enqueues its jobs again. Job ids are the feed's, so a job still
// waiting, running or kept in Redis is not added twice; the jobs themselves are idempotent.
//
// A job that failed all its attempts is kept under its id (for admins to see), which would block that re-adding for
// good. So the sweep first retries failed jobs once their cause may have passed (SPEC §19): all of them when the
// worker starts (a restart is what usually follows a fix, a font installed say), and later each one that has stayed
// failed for `retryFailedAfterMs` (an hour at most).
import type { Job, Queue } from 'bullmq';
import type { Pool } from 'pg';
import { toRecordedEvent } from '@jixiao/event-store';
import { FEED_CHECKPOINT } from './job-feed';
import { jobsFor, TRANSITIONS } from './jobs/transition-jobs';

export const RETRY_FAILED_AFTER_MS = 15 * 60 * 1000;

const LOST = `
  SELECT e.position, e.stream_id, e.version, e.type, e.schema_version, e.data, e.metadata, e.recorded_at, e.prev_hash, e.hash
  FROM events e
  JOIN projection_checkpoints c ON c.name = $1
  WHERE e.type = ANY($2) AND e.stream_id ~ '^report-[0-9a-f-]{36}$'
    AND (e.transaction_id, e.position) <= (c.transaction_id, c.position)
    AND NOT EXISTS (
      SELECT 1 FROM events d
      WHERE d.stream_id = e.stream_id || '-documents' AND d.type = 'DocumentsRendered'
        AND (d.data->>'reportVersion')::int = e.version)
  ORDER BY e.position
  LIMIT $3`;

/** Enqueues again the jobs of passed transitions without documents; returns how many transitions it found. */
export async function sweepLostJobs(pool: Pool, queue: Queue, limit = 500): Promise<number> {
  const { rows } = await pool.query(LOST, [FEED_CHECKPOINT, [...TRANSITIONS], limit]);
  const jobs = rows.map(toRecordedEvent).flatMap(jobsFor);
  if (jobs.length) await queue.addBulk(jobs.map((job) => ({ name: job.name, data: job.data, opts: { jobId: job.id } })));
  return rows.length;
}

/**
 * Moves the jobs that failed at least `olderThanMs` ago back to waiting with their attempts reset; returns how many.
 * A job another sweep retried in the meantime is skipped.
 */
export async function retryFailedJobs(queue: Queue, olderThanMs = 0, now = Date.now(), page = 500): Promise<number> {
  const due: Job[] = [];
  for (let start = 0; ; start += page) {
    const jobs: Job[] = await queue.getFailed(start, start + page - 1);
    due.push(...jobs.filter((job) => job && (job.finishedOn ?? 0) <= now - olderThanMs));
    if (jobs.length < page) break;
  }
  let retried = 0;
  for (const job of due) {
    try {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      retried++;
    } catch {
      // No longer failed: another sweep or an admin retried or removed it.
    }
  }
  return retried;
}

/** One sweep: failed jobs first (so their ids are free), then the transitions without documents. */
export async function sweep(pool: Pool, queue: Queue, retryFailedAfterMs: number): Promise<{ retried: number; lost: number }> {
  const retried = await retryFailedJobs(queue, retryFailedAfterMs);
  const lost = await sweepLostJobs(pool, queue);
  return { retried, lost };
}
