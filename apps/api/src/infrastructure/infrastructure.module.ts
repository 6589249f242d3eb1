import { Global, Inject, Module, OnApplicationShutdown, Optional } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, createPool } from '@jixiao/event-store';
import { ReportSummaryEntity, reportStreams } from '@jixiao/read-models';
import { connectionOf, ReportStreams } from '@jixiao/reports';
import { Config, CONFIG } from '../config';
import { READ_REPLICA, ReadConnection, ReadSource, ReadYourWrites } from './read-source';

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
    @Optional() @Inject(READ_REPLICA) private readonly replica: ReadConnection | null,
  ) {}

  static forConfig(config: Config) {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: PG_POOL, useFactory: () => createPool(config.databaseUrl, config.databasePoolSize, { preparedStatements: config.preparedStatements }) },
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
        {
          provide: READ_REPLICA,
          useFactory: (): ReadConnection | null => config.readDatabaseUrl ? {
            pool: createPool(config.readDatabaseUrl, config.databasePoolSize, { preparedStatements: config.preparedStatements }),
            dataSource: createDataSource(config.readDatabaseUrl, [ReportSummaryEntity]), // connected by ReadSource
            replica: true,
          } : null,
        },
        {
          provide: ReadSource,
          useFactory: (pool: Pool, dataSource: DataSource, redis: Redis, replica: ReadConnection | null) => {
            const reads = new ReadSource(pool, dataSource, redis, config.queueName, replica);
            reads.connectReplica();
            return reads;
          },
          inject: [PG_POOL, DataSource, REDIS, READ_REPLICA],
        },
        { provide: APP_INTERCEPTOR, useClass: ReadYourWrites },
      ],
      exports: [CONFIG, PG_POOL, REDIS, REPORT_JOBS, DataSource, ReportStreams, ReadSource],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
    await this.dataSource.destroy();
    await this.pool.end();
    if (this.replica) {
      await this.replica.dataSource.destroy().catch(() => undefined); // never connected, or still connecting
      await this.replica.pool.end();
    }
  }
}

