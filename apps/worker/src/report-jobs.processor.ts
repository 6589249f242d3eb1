import { Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Pool } from 'pg';
import { reportStreamOf } from '@jixiao/domain';
import type { CjkFont } from '@jixiao/documents';
import { inSpan, jobDuration, type Logger } from '@jixiao/observability';
import { connectionOf } from '@jixiao/reports';
import { recomputeScores } from './jobs/recompute-scores.job';
import { renderDocuments } from './jobs/render-documents.job';
import type { JobName, TransitionJob } from './jobs/transition-jobs';

export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 500 },
  // Completed jobs stay a week so a re-fed event's job id is still taken; failed ones stay for admins to see.
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: false,
};

/** A producer's queue: while Redis is unreachable its calls fail at once instead of waiting in memory. */
export function createQueue(name: string, redisUrl: string, jobOptions: Partial<typeof DEFAULT_JOB_OPTIONS> = {}): Queue {
  const connection = { ...connectionOf(redisUrl), enableOfflineQueue: false };
  return new Queue(name, { connection, defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, ...jobOptions } });
}

export interface WorkerOptions {
  concurrency: number;
  lockMs: number;
  renderDelayMs: number;
  /** The PDF's CJK font; by default findCjkFont(). */
  font?: CjkFont;
  /** One JSON line per job run; none when absent. */
  logger?: Logger;
}

export function createWorker(name: string, redisUrl: string, pool: Pool, options: WorkerOptions): Worker {
  // A job following a traced command continues its trace (the command's correlation id is its traceparent then).
  const processJob = (job: Job<TransitionJob>) => inSpan(`job ${job.name}`, job.data.correlationId,
    { 'jixiao.job.id': job.id ?? '', 'jixiao.report.id': job.data.reportId, 'jixiao.report.version': job.data.version },
    () => observed(job, options.logger, () => run(pool, job, options)));
  return new Worker(name, processJob, {
    connection: connectionOf(redisUrl),
    concurrency: options.concurrency,
    lockDuration: options.lockMs,
    stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)),
  });
}

/** Times the job into jixiao_job_duration_seconds and logs one line: kind, report, version, outcome, duration. */
async function observed<T>(job: Job<TransitionJob>, logger: Logger | undefined, work: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  const line = () => ({
    jobId: job.id, kind: job.name, reportId: job.data.reportId, version: job.data.version,
    correlationId: job.data.correlationId ?? `job:${job.data.position}`, attempt: job.attemptsMade + 1,
    durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
  });
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    const result = await work();
    jobDuration.observe({ kind: job.name, outcome: 'completed' }, seconds());
    logger?.info({ ...line(), outcome: 'completed', result }, 'job');
    return result;
  } catch (error) {
    jobDuration.observe({ kind: job.name, outcome: 'failed' }, seconds());
    const last = error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    logger?.[last ? 'error' : 'warn']({ ...line(), outcome: 'failed', final: last, error: (error as Error).message }, 'job');
    throw error;
  }
}

async function run(pool: Pool, job: Job<TransitionJob>, options: WorkerOptions) {
  const name = job.name as JobName;
  const { rows } = await pool.query('SELECT 1 FROM events WHERE stream_id = $1 LIMIT 1', [reportStreamOf(job.data.reportId)]);
  if (!rows.length) throw new UnrecoverableError(`report ${job.data.reportId} has no events`);
  if (name === 'recompute-scores') return recomputeScores(pool, job.data);
  if (name === 'render-documents') return renderDocuments(pool, job.data, { delayMs: options.renderDelayMs, font: options.font });
  throw new UnrecoverableError(`unknown job ${job.name}`);
}
