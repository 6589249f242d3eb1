import 'reflect-metadata';
import { appRoleProblem, createPool, ensureDatabase, migrate } from '@jixiao/event-store';
import { loadWorkerConfig } from './config';
import { JobFeed } from './job-feed';
import { sweepLostJobs } from './job-sweep';
import { createQueue, createWorker } from './report-jobs.processor';
import { ScoreChangesRunner } from './score-changes-runner';

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  await ensureDatabase(config.migrationDatabaseUrl);
  await migrate(config.migrationDatabaseUrl, config.databaseUrl);
  const pool = createPool(config.databaseUrl, config.concurrency + 2, (e) => console.error(`[worker] idle pg client: ${e.message}`));
  if (config.nodeEnv === 'production') await refuseOwnerRole(pool);
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
  const scoreChanges = new ScoreChangesRunner(pool, (e) => console.error(`[worker] score changes: ${e.message}`));
  scoreChanges.start(config.feedIntervalMs);
  const sweep = () => sweepLostJobs(pool, queue).then(
    (found) => { if (found) console.log(`[worker] re-enqueued the jobs of ${found} transitions without documents`); },
    (e: Error) => console.error(`[worker] sweep: ${e.message}`),
  );
  void sweep();
  const sweeper = setInterval(sweep, config.sweepIntervalMs);
  console.log(`[worker] processing queue ${config.queueName}`);
  const shutdown = async () => {
    clearInterval(sweeper);
    await feed.stop();
    await scoreChanges.stop();
    await worker.close();
    await queue.close();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** SPEC §19: in production the worker connects as a role that cannot switch off the append-only rule. */
async function refuseOwnerRole(pool: ReturnType<typeof createPool>): Promise<void> {
  const client = await pool.connect();
  const problem = await appRoleProblem(client).finally(() => client.release());
  if (problem) throw new Error(`DATABASE_URL: ${problem}，生产环境不能以此角色运行；请使用 jixiao migrate 创建的 jixiao_app（见 README“数据库角色”）`);
}

main().catch((error) => {
  console.error(`[worker] start-up failed: ${(error as Error).message}`);
  process.exit(1);
});
