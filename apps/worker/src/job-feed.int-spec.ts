import { randomUUID } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import type { Queue } from 'bullmq';
import { useTestDatabase } from '@jixiao/testing';
import { JobFeed } from './job-feed';
import { createQueue } from './report-jobs.processor';
import { aSubmittedReport, uniqueQueue, until } from './worker-test-kit';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const jobIds = async (queue: Queue) => (await queue.getJobs(['waiting', 'delayed', 'active', 'completed'])).map((j) => j.id);

describe('JobFeed', () => {
  const db = useTestDatabase();

  it('never skips an event whose transaction took a lower position but committed later', async () => {
    const queue = createQueue(uniqueQueue(), REDIS_URL);
    const feed = new JobFeed(db.pool, queue);
    try {
      await feed.tick();
      const lateReport = randomUUID();
      const holder = await db.pool.connect();
      await holder.query('BEGIN');
      await holder.query(
        `INSERT INTO events (stream_id, version, type, data, metadata, hash) VALUES ($1, 1, 'ReportDrafted', '{}', '{}', 'h')`,
        [`report-${lateReport}`],
      );
      const earlyReport = await aSubmittedReport(db.pool);
      await feed.tick();
      expect(await jobIds(queue)).not.toContain(`report-${earlyReport}-v1-render-documents`);
      await holder.query('COMMIT');
      holder.release();
      await feed.tick();
      const ids = await jobIds(queue);
      expect(ids).toContain(`report-${lateReport}-v1-render-documents`);
      expect(ids).toContain(`report-${earlyReport}-v2-recompute-scores`);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  it('enqueues the jobs of commands committed while Redis was down once it is back', async () => {
    const port = 16000 + Math.floor(Math.random() * 2000);
    let redis = await startRedis(port);
    const queue = createQueue(uniqueQueue(), `redis://127.0.0.1:${port}`);
    queue.on('error', () => undefined);
    const feed = new JobFeed(db.pool, queue);
    try {
      await feed.tick();
      await stopRedis(redis);
      const reports = [await aSubmittedReport(db.pool), await aSubmittedReport(db.pool)];
      await expect(feed.tick()).rejects.toThrow();
      redis = await startRedis(port);
      await until(() => feed.tick().then(() => true, () => false), Boolean);
      const ids = await jobIds(queue);
      for (const reportId of reports) {
        for (const version of [1, 2]) {
          expect(ids).toContain(`report-${reportId}-v${version}-recompute-scores`);
          expect(ids).toContain(`report-${reportId}-v${version}-render-documents`);
        }
      }
    } finally {
      await queue.close();
      await stopRedis(redis);
    }
  });
});

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await until(async () => {
    const probe = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: 'ignore' });
    return new Promise<number | null>((resolve) => probe.on('exit', resolve));
  }, (code) => code === 0, 10000);
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGKILL');
  });
}
