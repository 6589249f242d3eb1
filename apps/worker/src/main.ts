import './tracing';
import 'reflect-metadata';
import { appRoleProblem, createPool, ensureDatabase, migrate, whileConnectionsAreCut } from '@jixiao/event-store';
import { assertCjkFont } from '@jixiao/documents';
import { collectLogLag, collectQueue, createLogger, startMetricsServer } from '@jixiao/observability';
import { loadWorkerConfig } from './config';
import { JobFeed } from './job-feed';
import { sweep } from './job-sweep';
import { createQueue, createWorker } from './report-jobs.processor';
import { ScoreChangesRunner } from './score-changes-runner';
import { startReminders } from './jobs/reminders.job';

const log = (() => {
  try {
    return createLogger('worker');
  } catch (error) {
    console.error(`[worker] start-up failed: ${(error as Error).message}`);
    process.exit(1);
  }
})();

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  // No CJK font, no PDF: refuse to start, naming the fix, rather than fail every render (SPEC §19).
  const font = await assertCjkFont();
  log.info({ font: font.path }, 'CJK font for PDFs');
  await whileConnectionsAreCut(async () => {
    await ensureDatabase(config.migrationDatabaseUrl);
    await migrate(config.migrationDatabaseUrl, config.databaseUrl);
  });
  const pool = createPool(config.databaseUrl, config.concurrency + 2, {
    onIdleError: (e) => log.warn({ error: e.message }, 'idle pg client'), preparedStatements: config.preparedStatements,
  });
  if (config.nodeEnv === 'production') await whileConnectionsAreCut(() => refuseOwnerRole(pool));
  const queue = createQueue(config.queueName, config.redisUrl);
  queue.on('error', (e) => log.warn({ error: e.message }, 'queue'));
  const worker = createWorker(config.queueName, config.redisUrl, pool, { ...config, font, logger: log });
  worker.on('error', (e) => log.warn({ error: e.message }, 'worker'));
  let lastFeedError = '';
  const feed = new JobFeed(pool, queue, (e) => {
    if (e.message !== lastFeedError) log.warn({ error: e.message }, 'job feed waiting');
    lastFeedError = e.message;
  });
  feed.start(config.feedIntervalMs);
  const scoreChanges = new ScoreChangesRunner(pool, (e) => log.warn({ error: e.message }, 'score changes'));
  scoreChanges.start(config.feedIntervalMs);
  collectQueue(queue);
  collectLogLag(pool);
  const metrics = config.metricsPort ? await startMetricsServer(config.metricsPort) : null;
  if (metrics) log.info({ port: config.metricsPort }, 'metrics at /metrics');
  // At start-up every failed job is retried (a restart usually follows a fix); later, those failed long enough.
  const runSweep = (retryFailedAfterMs: number) => sweep(pool, queue, retryFailedAfterMs).then(
    ({ retried, lost }) => {
      if (retried || lost) log.info({ retried, lost }, 'sweep re-enqueued failed jobs and transitions without documents');
    },
    (e: Error) => log.warn({ error: e.message }, 'sweep'),
  );
  void runSweep(0);
  const sweeper = setInterval(() => runSweep(config.retryFailedAfterMs), config.sweepIntervalMs);
  const reminders = await startReminders(pool, {
    queueName: `${config.queueName}-reminders`, redisUrl: config.redisUrl, smtpUrl: config.smtpUrl, smtpFrom: config.smtpFrom,
    onError: (e) => log.warn({ error: e.message }, 'reminders'),
  });
  log.info({ queue: config.queueName }, 'processing queue');
  const shutdown = async () => {
    clearInterval(sweeper);
    metrics?.close();
    await feed.stop();
    await scoreChanges.stop();
    await reminders.close();
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
  log.fatal({ error: (error as Error).message }, 'start-up failed');
  // The message itself on stderr too, for whoever reads the terminal rather than the JSON.
  console.error(`[worker] start-up failed: ${(error as Error).message}`);
  process.exit(1);
});
