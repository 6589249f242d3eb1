import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/jixiao'),
  MIGRATION_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** false behind PgBouncer < 1.21 in transaction mode: named statements (the one-event append) go unnamed. */
  DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  QUEUE_NAME: z.string().regex(/^[A-Za-z0-9_-]+$/).default('report-jobs'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  JOB_LOCK_MS: z.coerce.number().int().min(500).default(30000),
  FEED_INTERVAL_MS: z.coerce.number().int().min(10).default(200),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).default(60000),
  /** A job that failed all its attempts is retried by the sweep this long after (SPEC §19: an hour at most). */
  RETRY_FAILED_AFTER_MS: z.coerce.number().int().min(0).max(3600000).default(15 * 60 * 1000),
  /** The worker's Prometheus metrics on this port (0: off). */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Test hook: hold each render this long, to kill a worker mid-job. */
  RENDER_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /** SPEC §17: reminders also go by email when set (smtp:// or smtps://). */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_FROM: z.string().optional(),
});

export type WorkerConfig = Readonly<{
  nodeEnv: 'development' | 'production' | 'test';
  databaseUrl: string;
  /** The owner's connection for migrations (SPEC §19); DATABASE_URL when unset. */
  migrationDatabaseUrl: string;
  preparedStatements: boolean;
  redisUrl: string;
  queueName: string;
  concurrency: number;
  lockMs: number;
  feedIntervalMs: number;
  sweepIntervalMs: number;
  retryFailedAfterMs: number;
  metricsPort: number;
  renderDelayMs: number;
  smtpUrl?: string;
  smtpFrom?: string;
}>;

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const v = parsed.data;
  return Object.freeze({
    nodeEnv: v.NODE_ENV, databaseUrl: v.DATABASE_URL, migrationDatabaseUrl: v.MIGRATION_DATABASE_URL ?? v.DATABASE_URL,
    preparedStatements: v.DATABASE_PREPARED_STATEMENTS === 'true', redisUrl: v.REDIS_URL, queueName: v.QUEUE_NAME, concurrency: v.WORKER_CONCURRENCY,
    lockMs: v.JOB_LOCK_MS, feedIntervalMs: v.FEED_INTERVAL_MS, sweepIntervalMs: v.SWEEP_INTERVAL_MS,
    retryFailedAfterMs: v.RETRY_FAILED_AFTER_MS, metricsPort: v.METRICS_PORT, renderDelayMs: v.RENDER_DELAY_MS,
    smtpUrl: v.SMTP_URL, smtpFrom: v.SMTP_FROM,
  });
}
