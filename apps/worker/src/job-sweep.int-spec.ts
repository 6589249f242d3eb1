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

  it('starts after what it found documented: its cursor stays before the first transition without documents, and reaches the feed once every one has them', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const name = uniqueQueue();
    const queue = createQueue(name, url);
    const checkpoint = async (which: string) => (await db.pool.query(READ_CHECKPOINT, [which])).rows[0];
    const before = async (a: { transaction_id: string; position: string }, b: { transaction_id: string; position: string }) =>
      (await db.pool.query('SELECT ($1::xid8, $2::bigint) < ($3::xid8, $4::bigint) AS before', [a.transaction_id, a.position, b.transaction_id, b.position])).rows[0].before;
    try {
      const reportId = await aSubmittedReport(db.pool);
      const feed = new JobFeed(db.pool, queue);
      await until(() => feed.tick(), (passed) => passed === 0);
      const [drafted] = (await db.pool.query(`SELECT transaction_id::text, position FROM events WHERE stream_id = $1 ORDER BY version LIMIT 1`,
        [`report-${reportId}`])).rows;
      await queue.obliterate({ force: true }); // the jobs are lost, as in a Redis restart

      expect(await sweepLostJobs(db.pool, queue)).toBe(2);
      expect(await before(await checkpoint(SWEEP_CHECKPOINT), drafted)).toBe(true);
      expect(await sweepLostJobs(db.pool, queue)).toBe(2); // not yet documented: found again

      const worker = createWorker(name, url, db.pool, { concurrency: 2, lockMs: 10000, renderDelayMs: 0 });
      try {
        await until(() => eventsOf(db.pool, `report-${reportId}-documents`), (e) => e.length === 2, 40000);
      } finally {
        await worker.close();
      }
      expect(await sweepLostJobs(db.pool, queue)).toBe(0);
      expect(await checkpoint(SWEEP_CHECKPOINT)).toEqual(await checkpoint(FEED_CHECKPOINT));
      expect(await before(drafted, await checkpoint(SWEEP_CHECKPOINT))).toBe(true);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 90000);
});
