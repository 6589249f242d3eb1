import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Queue } from 'bullmq';
import { openLogRace, useTestDatabase } from '@jixiao/testing';
import { JobFeed } from './job-feed';
import { createQueue } from './report-jobs.processor';
import { startRedis, stopRedis } from '../../../test/support/redis-process';
import { aSubmittedReport, uniqueQueue, until } from '../../../test/support/worker-test-kit';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const jobIds = async (queue: Queue) => (await queue.getJobs(['waiting', 'delayed', 'active', 'completed'])).map((j) => j.id);
const draftIn = (db: Pick<PoolClient, 'query'>, reportId: string) => db.query(
  `INSERT INTO events (stream_id, version, type, data, metadata, hash) VALUES ($1, 1, 'ReportDrafted', '{}', '{}', 'h')
   RETURNING position`, [`report-${reportId}`],
);

describe('JobFeed', () => {
  const db = useTestDatabase();
  let queue: Queue;
  beforeEach(() => {
    queue = createQueue(uniqueQueue(), REDIS_URL);
  });
  afterEach(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
  });
  const feedUntil = (feed: JobFeed, id: string) =>
    until(async () => (await feed.tick(), jobIds(queue)), (ids) => ids.includes(id));

  it('never skips an event whose transaction took a lower position but committed later', async () => {
    const feed = new JobFeed(db.pool, queue);
    await feed.tick();
    const lateReport = randomUUID();
    const holder = await db.pool.connect();
    try {
      await holder.query('BEGIN');
      await draftIn(holder, lateReport);
      const earlyReport = await aSubmittedReport(db.pool);
      await feed.tick();
      expect(await jobIds(queue)).not.toContain(`report-${earlyReport}-v1-render-documents`);
      await holder.query('COMMIT');
      await feedUntil(feed, `report-${lateReport}-v1-render-documents`);
      await feedUntil(feed, `report-${earlyReport}-v2-recompute-scores`);
    } finally {
      holder.release();
    }
  });

  it('never skips a lower-position event committed after a higher-position one of an older transaction', async () => {
    const feed = new JobFeed(db.pool, queue);
    await feed.tick();
    const [lowReport, highReport] = [randomUUID(), randomUUID()];
    const { olderXid, lowerPosition, release } = await openLogRace(db.pool);
    try {
      const low = await draftIn(lowerPosition, lowReport);
      const high = await draftIn(olderXid, highReport);
      expect(BigInt(low.rows[0].position)).toBeLessThan(BigInt(high.rows[0].position));
      await olderXid.query('COMMIT');
      await feedUntil(feed, `report-${highReport}-v1-render-documents`);
      expect(await jobIds(queue)).not.toContain(`report-${lowReport}-v1-render-documents`);
      await lowerPosition.query('COMMIT');
      await feedUntil(feed, `report-${lowReport}-v1-render-documents`);
    } finally {
      release();
    }
  });

  it('resumes from its stored checkpoint, so a restarted feed re-enqueues nothing it has passed', async () => {
    const reportId = await aSubmittedReport(db.pool);
    const first = new JobFeed(db.pool, queue);
    await feedUntil(first, `report-${reportId}-v2-render-documents`);
    await queue.obliterate({ force: true });
    const second = new JobFeed(db.pool, queue);
    await second.tick();
    expect(await jobIds(queue)).toEqual([]);
  });

  it('enqueues the jobs of commands committed while Redis was down once it is back', async () => {
    const port = 16000 + Math.floor(Math.random() * 2000);
    let redis = await startRedis(port);
    const downQueue = createQueue(uniqueQueue(), `redis://127.0.0.1:${port}`);
    downQueue.on('error', () => undefined);
    const feed = new JobFeed(db.pool, downQueue, undefined, { enqueueTimeoutMs: 2000 });
    try {
      await feed.tick();
      await stopRedis(redis);
      const reports = [await aSubmittedReport(db.pool), await aSubmittedReport(db.pool)];
      await expect(feed.tick()).rejects.toThrow();
      redis = await startRedis(port);
      await until(() => feed.tick().then(() => true, () => false), Boolean);
      const ids = await until(async () => (await feed.tick(), jobIds(downQueue)), (found) => found.length >= 8);
      for (const reportId of reports) {
        for (const version of [1, 2]) {
          expect(ids).toContain(`report-${reportId}-v${version}-recompute-scores`);
          expect(ids).toContain(`report-${reportId}-v${version}-render-documents`);
        }
      }
    } finally {
      await downQueue.close();
      await stopRedis(redis);
    }
  });
});
