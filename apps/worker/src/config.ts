import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/jixiao'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  QUEUE_NAME: z.string().regex(/^[A-Za-z0-9_-]+$/).default('report-jobs'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  JOB_LOCK_MS: z.coerce.number().int().min(500).default(30000),
  FEED_INTERVAL_MS: z.coerce.number().int().min(10).default(200),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).default(60000),
  /** Test hook: hold each render this long, to kill a worker mid-job. */
  RENDER_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /** SPEC §17: reminders also go by email when set (smtp:// or smtps://). */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_FROM: z.string().optional(),
});

export type WorkerConfig = Readonly<{
  databaseUrl: string;
  redisUrl: string;
  queueName: string;
  concurrency: number;
  lockMs: number;
  feedIntervalMs: number;
  sweepIntervalMs: number;
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
    databaseUrl: v.DATABASE_URL, redisUrl: v.REDIS_URL, queueName: v.QUEUE_NAME, concurrency: v.WORKER_CONCURRENCY,
    lockMs: v.JOB_LOCK_MS, feedIntervalMs: v.FEED_INTERVAL_MS, sweepIntervalMs: v.SWEEP_INTERVAL_MS,
    renderDelayMs: v.RENDER_DELAY_MS, smtpUrl: v.SMTP_URL, smtpFrom: v.SMTP_FROM,
  });
}
