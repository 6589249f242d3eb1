import 'reflect-metadata';
import { createPool, ensureDatabase, migrate } from '@jixiao/event-store';
import { loadWorkerConfig } from './config';
import { JobFeed } from './job-feed';
import { sweepLostJobs } from './job-sweep';
import { createQueue, createWorker } from './report-jobs.processor';
import { startReminders } from './jobs/reminders.job';

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  await ensureDatabase(config.databaseUrl);
  await migrate(config.databaseUrl);
  const pool = createPool(config.databaseUrl, config.concurrency + 2, (e) => console.error(`[worker] idle pg client: ${e.message}`));
  const queue = createQueue(config.queueName, config.redisUrl);
  queue.on('error', (e) => console.error(`[worker] queue: ${e.message}`));
  const worker = createWorker(config.queueName, config.redisUrl, pool, config);
  worker.on('error', (e) => console.error(`[worker] ${e.message}`));
  worker.on('failed', (job, e) => console.error(`[worker] ${job?.id} failed (attempt ${job?.attemptsMade}): ${e.message}`));
  let lastFeedError = '';
  const feed = new JobFeed(pool, queue, (e) => {
    if (e.message !== lastFeedError) console.error(`[worker] job feed waiting: ${e.message}`);
    lastFeedError = e.message;
  });
  feed.start(config.feedIntervalMs);
  const sweep = () => sweepLostJobs(pool, queue).then(
    (found) => { if (found) console.log(`[worker] re-enqueued the jobs of ${found} transitions without documents`); },
    (e: Error) => console.error(`[worker] sweep: ${e.message}`),
  );
  void sweep();
  const sweeper = setInterval(sweep, config.sweepIntervalMs);
  const reminders = await startReminders(pool, {
    queueName: `${config.queueName}-reminders`, redisUrl: config.redisUrl, smtpUrl: config.smtpUrl, smtpFrom: config.smtpFrom,
    onError: (e) => console.error(`[worker] reminders: ${e.message}`),
  });
  console.log(`[worker] processing queue ${config.queueName}`);
  const shutdown = async () => {
    clearInterval(sweeper);
    await feed.stop();
    await reminders.close();
    await worker.close();
    await queue.close();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(`[worker] start-up failed: ${(error as Error).message}`);
  process.exit(1);
});
