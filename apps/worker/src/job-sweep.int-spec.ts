import type { ChildProcess } from 'node:child_process';
import { useTestDatabase } from '@jixiao/testing';
import { JobFeed } from './job-feed';
import { sweepLostJobs } from './job-sweep';
import { createQueue, createWorker } from './report-jobs.processor';
import { startRedis, stopRedis } from '../../../test/support/redis-process';
import { aSubmittedReport, documentsOf, uniqueQueue, until } from '../../../test/support/worker-test-kit';

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
});
