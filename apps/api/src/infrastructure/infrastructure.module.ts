import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, createPool } from '@jixiao/event-store';
import { ReportSummaryEntity, reportStreams } from '@jixiao/read-models';
import { connectionOf, ReportStreams } from '@jixiao/reports';
import { Config, CONFIG } from '../config';

export const PG_POOL = Symbol('PG_POOL');
export const REDIS = Symbol('REDIS');
export const REPORT_JOBS = Symbol('REPORT_JOBS');

@Global()
@Module({})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly dataSource: DataSource,
    @Inject(REPORT_JOBS) private readonly queue: Queue,
  ) {}

  static forConfig(config: Config) {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: PG_POOL, useFactory: () => createPool(config.databaseUrl, 20) },
        {
          provide: REDIS,
          useFactory: () => {
            const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
            redis.on('error', () => undefined); // health reports it; reconnects on its own
            return redis;
          },
        },
        {
          provide: REPORT_JOBS,
          useFactory: () => {
            const queue = new Queue(config.queueName, { connection: connectionOf(config.redisUrl) });
            queue.on('error', () => undefined);
            return queue;
          },
        },
        {
          provide: DataSource,
          useFactory: () => createDataSource(config.databaseUrl, [ReportSummaryEntity]).initialize(),
        },
        { provide: ReportStreams, useFactory: (pool: Pool) => reportStreams(pool), inject: [PG_POOL] },
      ],
      exports: [CONFIG, PG_POOL, REDIS, REPORT_JOBS, DataSource, ReportStreams],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
    await this.dataSource.destroy();
    await this.pool.end();
  }
}

