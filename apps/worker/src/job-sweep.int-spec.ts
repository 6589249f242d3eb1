import type { ChildProcess } from 'node:child_process';
import { useTestDatabase } from '@jixiao/testing';
import { FEED_CHECKPOINT, JobFeed, READ_CHECKPOINT } from './job-feed';
import { retryFailedJobs, sweep, sweepLostJobs, SWEEP_CHECKPOINT } from './job-sweep';
import { createQueue, createWorker } from './report-jobs.processor';
import { startRedis, stopRedis } from '../../../test/support/redis-process';
import { aSubmittedReport, documentsOf, eventsOf, uniqueQueue, until } from '../../../test/support/worker-test-kit';

describe('sweepLostJobs', () => {
  const db = useTestDatabase();

  it('re-enqueues the jobs a Redis restart lost after the feed had passed them, and nothing once documents exist', async () => {
    const port = 18000 + Math.floor(Math.random() * 2000);
    const url = `redis://127.0.0.1:${port}`;
    const name = uniqueQueue();
    let redis: ChildProcess = await startRedis(port);
    let queue = createQueue(name, url);
    try {
      const reportId = await aSubmittedReport(db.pool);
      const feed = new JobFeed(db.pool, queue);
      await until(() => feed.tick(), (passed) => passed === 0);
      expect(await queue.getJob(`report-${reportId}-v2-render-documents`)).toBeDefined();

      await queue.close();
      await stopRedis(redis);
      redis = await startRedis(port);
      queue = createQueue(name, url);
      expect(await queue.getJob(`report-${reportId}-v2-render-documents`)).toBeUndefined();
      expect(await feed.tick()).toBe(0);

      expect(await sweepLostJobs(db.pool, queue)).toBe(2);
      const ids = (await queue.getJobs(['waiting'])).map((job) => job.id).sort();
      expect(ids).toEqual(expect.arrayContaining([1, 2].flatMap((v) =>
        ['recompute-scores', 'render-documents'].map((job) => `report-${reportId}-v${v}-${job}`))));

      const worker = createWorker(name, url, db.pool, { concurrency: 2, lockMs: 10000, renderDelayMs: 0 });
      try {
        await until(() => documentsOf(db.pool, reportId), (rows) => rows.length === 6, 40000);
      } finally {
        await worker.close();
      }
      expect(await sweepLostJobs(db.pool, queue)).toBe(0);
    } finally {
      await queue.close();
      await stopRedis(redis);
    }
  }, 90000);

  it('retries jobs that failed all their attempts once the cause is fixed; XLSX and DOCX never waited on the PDF', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const name = uniqueQueue();
    const queue = createQueue(name, url, { attempts: 2, backoff: { type: 'fixed', delay: 10 } });
    const broken = createWorker(name, url, db.pool, { concurrency: 2, lockMs: 10000, renderDelayMs: 0, font: { path: '/nonexistent/cjk.otf' } });
    let fixed: ReturnType<typeof createWorker> | null = null;
    try {
      const reportId = await aSubmittedReport(db.pool);
      const feed = new JobFeed(db.pool, queue);
      await until(() => feed.tick(), (passed) => passed === 0);
      const failed = await until(() => queue.getFailed(), (jobs) => jobs.length === 2);
      expect(failed.map((job) => job.id).sort()).toEqual([1, 2].map((v) => `report-${reportId}-v${v}-render-documents`));
      expect(failed[0].failedReason).toContain('/nonexistent/cjk.otf');
      expect(failed[0].attemptsMade).toBe(2);
      // The PDF failed; the spreadsheet and the Word document of both versions are there regardless.
      expect(await documentsOf(db.pool, reportId)).toEqual([1, 2].flatMap((version) =>
        ['docx', 'xlsx'].map((format) => ({ version, format }))));
      await broken.close();

      // The cause is fixed (a worker with a font). Re-adding under the same ids is not enough: BullMQ keeps the
      // failed jobs and ignores the adds, which is how documents used to never appear.
      fixed = createWorker(name, url, db.pool, { concurrency: 2, lockMs: 10000, renderDelayMs: 0 });
      expect(await sweepLostJobs(db.pool, queue)).toBe(2);
      expect(await queue.getFailedCount()).toBe(2);
      // A failure younger than the retry delay waits; the sweep then retries it.
      expect(await retryFailedJobs(queue, 3600000)).toBe(0);
      expect(await sweep(db.pool, queue, 0)).toEqual({ retried: 2, lost: 2 });
      await until(() => documentsOf(db.pool, reportId), (rows) => rows.length === 6, 40000);
      const rendered = await until(() => eventsOf(db.pool, `report-${reportId}-documents`), (e) => e.length === 2);
      expect(rendered.map((e) => e.data.documents.map((d: { format: string }) => d.format))).toEqual([
        ['docx', 'pdf', 'xlsx'], ['docx', 'pdf', 'xlsx'],
      ]);
      await until(() => queue.getFailedCount(), (n) => n === 0);
    } finally {
      await broken.close();
      await fixed?.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 90000);

  it('reads the log once: its cursor moves past what it has seen, and the transitions it found without documents are checked again until they have them', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const name = uniqueQueue();
    const queue = createQueue(name, url);
    const checkpoint = async (which: string) => (await db.pool.query(READ_CHECKPOINT, [which])).rows[0];
    const pending = async () => (await db.pool.query(`SELECT stream_id, version FROM sweep_pending ORDER BY version`)).rows;
    try {
      const reportId = await aSubmittedReport(db.pool);
      const feed = new JobFeed(db.pool, queue);
      await until(() => feed.tick(), (passed) => passed === 0);
      await queue.obliterate({ force: true }); // the jobs are lost, as in a Redis restart

      expect(await sweepLostJobs(db.pool, queue)).toBe(2);
      expect(await checkpoint(SWEEP_CHECKPOINT)).toEqual(await checkpoint(FEED_CHECKPOINT));
      expect(await pending()).toEqual([1, 2].map((version) => ({ stream_id: `report-${reportId}`, version })));
      await queue.obliterate({ force: true }); // lost again: found again, though the cursor is past them
      expect(await sweepLostJobs(db.pool, queue)).toBe(2);
      expect((await queue.getJobs(['waiting'])).map((job) => job.id).sort()).toEqual([1, 2].flatMap((v) =>
        ['recompute-scores', 'render-documents'].map((job) => `report-${reportId}-v${v}-${job}`)));

      const worker = createWorker(name, url, db.pool, { concurrency: 2, lockMs: 10000, renderDelayMs: 0 });
      try {
        await until(() => eventsOf(db.pool, `report-${reportId}-documents`), (e) => e.length === 2, 40000);
      } finally {
        await worker.close();
      }
      expect(await sweepLostJobs(db.pool, queue)).toBe(0);
      expect(await pending()).toEqual([]);
      expect(await checkpoint(SWEEP_CHECKPOINT)).toEqual(await checkpoint(FEED_CHECKPOINT));
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 90000);

  it('stops its cursor at the last row of a full page, and takes the rest next time', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const queue = createQueue(uniqueQueue(), url);
    try {
      const reports = [await aSubmittedReport(db.pool), await aSubmittedReport(db.pool)];
      await until(() => new JobFeed(db.pool, queue).tick(), (passed) => passed === 0);
      await queue.obliterate({ force: true });
      expect(await sweepLostJobs(db.pool, queue, 3)).toBe(3);
      const [third] = (await db.pool.query(
        `SELECT transaction_id::text, position FROM events WHERE stream_id = $1 AND version = 1`, [`report-${reports[1]}`])).rows;
      expect((await db.pool.query(READ_CHECKPOINT, [SWEEP_CHECKPOINT])).rows[0]).toEqual(third);
      expect(await sweepLostJobs(db.pool, queue, 3)).toBe(4); // the three pending and the one after the cursor
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 90000);
});
