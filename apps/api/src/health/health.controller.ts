import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type Redis from 'ioredis';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';
import type { Queue } from 'bullmq';
import { PG_POOL, REDIS, REPORT_JOBS } from '../infrastructure/infrastructure.module';

const TIMEOUT_MS = 1500;
/** Committed events the job feed may be behind before health says `degraded` (the alert rule's threshold too). */
export const FEED_LAG_DEGRADED = 1000;

/**
 * Committed events the job feed has not passed on, counted up to one past FEED_LAG_DEGRADED (see queueLag). The feed's
 * cursor is two values the planner cannot see, so the scan is asked in the index's order: joined to the checkpoint
 * row instead, a caught-up feed made every health check read the whole events table once it had a few thousand
 * events (a sequential scan the LIMIT looked to end early; 11 ms at 55,000 events, against 0.06 ms by the index).
 */
export const FEED_LAG_SQL = `
  SELECT count(*) AS lag FROM (
    SELECT FROM events
    WHERE (transaction_id, position) > (
      COALESCE((SELECT transaction_id FROM projection_checkpoints WHERE name = 'job-feed'), '0'::xid8),
      COALESCE((SELECT position FROM projection_checkpoints WHERE name = 'job-feed'), 0))
    ORDER BY transaction_id, position
    LIMIT ${FEED_LAG_DEGRADED + 1}) behind`;

/**
 * Tells the truth: 503 `unavailable` when PostgreSQL or Redis does not answer; 200 `degraded` while jobs have failed
 * all their attempts or the job feed is far behind the log (SPEC §19); else 200 `ok`. `/health/ready` and
 * `/health/live` are an orchestrator's readiness and liveness probes.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REPORT_JOBS) private readonly queue: Queue,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  async check(@Res({ passthrough: true }) res: Response) {
    const [database, redis, queue] = await Promise.all([
      probe(async () => { await this.pool.query('SELECT 1'); }),
      probe(() => this.pingRedis()),
      probe(() => this.queueLag()),
    ]);
    const healthy = database.ok && redis.ok;
    const degraded = [
      ...(queue.ok && (queue.failed ?? 0) > 0 ? [`${queue.failed} 个后台任务多次重试后仍失败（将由定时清扫重试）`] : []),
      ...(queue.ok && (queue.lag ?? 0) > FEED_LAG_DEGRADED ? [`任务队列落后事件日志超过 ${FEED_LAG_DEGRADED} 个事件`] : []),
    ];
    res.status(healthy ? 200 : 503);
    const status = !healthy ? 'unavailable' : degraded.length ? 'degraded' : 'ok';
    return { status, ...(degraded.length ? { degraded } : {}), database, redis, queue };
  }

  /** Readiness: PostgreSQL and Redis answer and every migration of this build is applied; else 503. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const [database, redis, migrations] = await Promise.all([
      probe(async () => { await this.pool.query('SELECT 1'); }),
      probe(() => this.pingRedis()),
      probe(() => this.pendingMigrations()),
    ]);
    const pending = migrations.pending ?? [];
    const ready = database.ok && redis.ok && migrations.ok && pending.length === 0;
    res.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', database, redis, migrations };
  }

  /** Liveness: the process answers. Depends on nothing outside it, so a database outage restarts nothing. */
  @Get('live')
  live() {
    return { status: 'live', uptimeSeconds: Math.round(process.uptime()) };
  }

  private async pingRedis(): Promise<void> {
    // Just after start-up the client is still connecting: wait for it (within the probe's timeout), not fail.
    await readyWithin(this.redis, TIMEOUT_MS);
    await this.redis.ping();
  }

  private async pendingMigrations(): Promise<{ pending: string[] }> {
    const { rows } = await this.pool.query('SELECT name FROM migrations');
    const applied = new Set(rows.map((row) => row.name));
    return { pending: this.dataSource.migrations.map((m) => m.name as string).filter((name) => !applied.has(name)) };
  }

  /**
   * lag: committed events the job feed has not yet passed to the queue, counted up to one past FEED_LAG_DEGRADED (a
   * feed far behind must not make every health check count the whole backlog); failed: jobs that exhausted their retries.
   */
  private async queueLag(): Promise<{ lag: number; lagCapped: boolean; waiting: number; failed: number }> {
    const { rows } = await this.pool.query(FEED_LAG_SQL);
    const lag = Number(rows[0].lag);
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'failed');
    return { lag, lagCapped: lag > FEED_LAG_DEGRADED, waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0), failed: counts.failed ?? 0 };
  }
}

async function probe<T>(check: () => Promise<T>): Promise<{ ok: boolean; ms: number; error?: string } & Partial<T>> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { ok: true, ms: Date.now() - started, ...(detail ?? {}) } as never;
  } catch (error) {
    return { ok: false, ms: Date.now() - started, error: (error as Error).message } as never;
  } finally {
    clearTimeout(timer);
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
