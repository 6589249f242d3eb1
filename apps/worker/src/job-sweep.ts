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
import { EVENT_COLUMNS_WITH_XID, toRecordedEvent } from '@jixiao/event-store';
import { ADVANCE_CHECKPOINT, FEED_CHECKPOINT, READ_CHECKPOINT } from './job-feed';
import { jobsFor, TRANSITIONS } from './jobs/transition-jobs';

export const RETRY_FAILED_AFTER_MS = 15 * 60 * 1000;

/**
 * Up to here the sweep has looked: every transition before it has its documents or is in `sweep_pending`. It only
 * moves forward. Without it each sweep read every transition the feed had passed: 10.7 s of PostgreSQL's time a
 * minute, per worker, at the province's 1.5 M events (docs/SCALING.md, "What saturates first").
 */
export const SWEEP_CHECKPOINT = 'job-sweep';

const UNDOCUMENTED = `NOT EXISTS (
  SELECT 1 FROM events d
  WHERE d.stream_id = e.stream_id || '-documents' AND d.type = 'DocumentsRendered' AND (d.data->>'reportVersion')::int = e.version)`;

// New since the cursor, up to the feed's, in the log's (transaction_id, position) order, which the index serves.
const LOST = `
  SELECT ${EVENT_COLUMNS_WITH_XID} FROM events e
  WHERE (e.transaction_id, e.position) > ($1::xid8, $2::bigint) AND (e.transaction_id, e.position) <= ($3::xid8, $4::bigint)
    AND e.type = ANY($5) AND e.stream_id ~ '^report-[0-9a-f-]{36}$' AND ${UNDOCUMENTED}
  ORDER BY e.transaction_id, e.position
  LIMIT $6`;

// Found by an earlier sweep: those whose documents came since are let go, the others are the pending ones still.
const STILL_PENDING = `
  WITH done AS (
    DELETE FROM sweep_pending p USING events e
    WHERE e.stream_id = p.stream_id AND e.version = p.version AND NOT ${UNDOCUMENTED}
  )
  SELECT ${EVENT_COLUMNS_WITH_XID} FROM events e
  WHERE (e.stream_id, e.version) IN (SELECT stream_id, version FROM sweep_pending) AND ${UNDOCUMENTED}`;

const REMEMBER = `INSERT INTO sweep_pending (stream_id, version) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT DO NOTHING`;

/** Enqueues again the jobs of passed transitions without documents; returns how many transitions it found. */
export async function sweepLostJobs(pool: Pool, queue: Queue, limit = 500): Promise<number> {
  const [feed] = (await pool.query(READ_CHECKPOINT, [FEED_CHECKPOINT])).rows;
  if (!feed) return 0;
  const [from = { transaction_id: '0', position: 0 }] = (await pool.query(READ_CHECKPOINT, [SWEEP_CHECKPOINT])).rows;
  const pending = (await pool.query(STILL_PENDING)).rows;
  const found = (await pool.query(LOST, [from.transaction_id, from.position, feed.transaction_id, feed.position, [...TRANSITIONS], limit])).rows;
  const jobs = [...pending, ...found].map(toRecordedEvent).flatMap(jobsFor);
  if (jobs.length) await queue.addBulk(jobs.map((job) => ({ name: job.name, data: job.data, opts: { jobId: job.id } })));
  // What this sweep found is remembered before the cursor moves past it; a full page stops the cursor at its last row.
  if (found.length) await pool.query(REMEMBER, [found.map((row) => row.stream_id), found.map((row) => row.version)]);
  const seen = found.length === limit ? found[found.length - 1] : feed;
  await pool.query(ADVANCE_CHECKPOINT, [SWEEP_CHECKPOINT, seen.transaction_id, seen.position]);
  return pending.length + found.length;
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
