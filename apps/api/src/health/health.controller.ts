import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type Redis from 'ioredis';
import type { Pool } from 'pg';
import { Public } from '../auth/public.decorator';
import type { Queue } from 'bullmq';
import { PG_POOL, REDIS, REPORT_JOBS } from '../infrastructure/infrastructure.module';

const TIMEOUT_MS = 1500;

/** Tells the truth: 503 when PostgreSQL or Redis does not answer. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REPORT_JOBS) private readonly queue: Queue,
  ) {}

  @Get()
  async check(@Res({ passthrough: true }) res: Response) {
    const [database, redis, queue] = await Promise.all([
      probe(async () => { await this.pool.query('SELECT 1'); }),
      probe(async () => {
        // Just after start-up the client is still connecting: wait for it (within the probe's timeout), not fail.
        await readyWithin(this.redis, TIMEOUT_MS);
        await this.redis.ping();
      }),
      probe(() => this.queueLag()),
    ]);
    const healthy = database.ok && redis.ok;
    res.status(healthy ? 200 : 503);
    return { status: healthy ? 'ok' : 'unavailable', database, redis, queue };
  }

  /** lag: committed events the job feed has not yet passed to the queue; failed: jobs that exhausted their retries. */
  private async queueLag(): Promise<{ lag: number; waiting: number; failed: number }> {
    const { rows } = await this.pool.query(
      `SELECT count(*) AS lag FROM events e
       WHERE (e.transaction_id, e.position) > COALESCE(
         (SELECT (c.transaction_id, c.position) FROM projection_checkpoints c WHERE c.name = 'job-feed'), ('0'::xid8, 0::bigint))`,
    );
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'failed');
    return { lag: Number(rows[0].lag), waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0), failed: counts.failed ?? 0 };
  }
}

async function probe<T>(check: () => Promise<T>): Promise<{ ok: boolean; ms: number; error?: string } & Partial<T>> {
  const started = Date.now();
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS)),
    ]);
    return { ok: true, ms: Date.now() - started, ...(detail ?? {}) } as never;
  } catch (error) {
    return { ok: false, ms: Date.now() - started, error: (error as Error).message } as never;
  }
}

function readyWithin(redis: Redis, ms: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error(`no connection in ${ms} ms`));
    }, ms);
    redis.once('ready', onReady);
  });
}
