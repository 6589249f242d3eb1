import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type Redis from 'ioredis';
import type { Pool } from 'pg';
import { from, mergeMap, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Actor } from '@jixiao/domain';

/** Where a query reads: both handles of one server, for raw SQL and for TypeORM. */
export interface ReadConnection {
  readonly pool: Pool;
  readonly dataSource: DataSource;
  readonly replica: boolean;
}

export const READ_REPLICA = Symbol('READ_REPLICA');

/** How long a writer's reads wait for the replica before the primary answers (SPEC §20). */
export const REPLICA_WAIT_MS = 1000;
/** How long a writer's last commit position is remembered: reads after that go to the replica unconditionally. */
const REMEMBER_MS = 30_000;
const POLL_MS = 10;
/** A replica that could not be reached at start-up is tried again at most this often; the primary answers meanwhile. */
const RECONNECT_MS = 5000;

/** Keeps the larger of the stored and the new position (two API processes may record one user's commits out of order). */
const REMEMBER_MAX = `
local known = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > known then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) else redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`;

/**
 * SPEC §20, the one place that decides where lists, search, statistics, the inbox and public reads are read:
 * the replica (READ_DATABASE_URL) when there is one, except that a user whose own command has not reached it yet
 * waits for it up to REPLICA_WAIT_MS and is then answered by the primary. The commit's WAL position is kept per
 * username in Redis, so a read on another API process than the command's sees it too. When in doubt (Redis or the
 * replica unreachable) the primary answers.
 */
@Injectable()
export class ReadSource {
  private readonly primary: ReadConnection;
  private connecting: Promise<unknown> | null = null;
  private lastAttempt = 0;

  constructor(
    pool: Pool,
    dataSource: DataSource,
    private readonly redis: Redis | null,
    private readonly keyPrefix: string,
    private readonly replica: ReadConnection | null,
  ) {
    this.primary = { pool, dataSource, replica: false };
  }

  /** Without a replica: every read on the one database (what the queries' own tests use). */
  static primaryOnly(pool: Pool, dataSource: DataSource): ReadSource {
    return new ReadSource(pool, dataSource, null, '', null);
  }

  get hasReplica(): boolean {
    return this.replica !== null;
  }

  /** The replica is configured and connected: reads may go to it. */
  get replicaReady(): boolean {
    return this.replica?.dataSource.isInitialized ?? false;
  }

  /** Where this actor's next read goes; null: an anonymous (public) read, which has no writes of its own to see. */
  async forActor(actor: Actor | null): Promise<ReadConnection> {
    if (!this.replica || !this.redis) return this.primary;
    if (!this.replica.dataSource.isInitialized) {
      this.connectReplica();
      return this.primary;
    }
    if (!actor) return this.replica;
    let position: string | null;
    try {
      position = await this.redis.get(this.keyOf(actor.username));
    } catch {
      return this.primary;
    }
    if (!position) return this.replica;
    const deadline = Date.now() + REPLICA_WAIT_MS;
    for (;;) {
      try {
        const { rows } = await this.replica.pool.query(
          `SELECT coalesce(pg_last_wal_replay_lsn() - '0/0'::pg_lsn >= $1::numeric, false) AS caught_up`, [position],
        );
        if (rows[0].caught_up) return this.replica;
      } catch {
        return this.primary;
      }
      if (Date.now() >= deadline) return this.primary;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** After a user's command has committed: the primary's WAL position now, which covers that commit. */
  async rememberWrite(username: string): Promise<void> {
    if (!this.replica || !this.redis) return;
    const { rows } = await this.primary.pool.query(`SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::text AS position`);
    await this.redis.eval(REMEMBER_MAX, 1, this.keyOf(username), rows[0].position, REMEMBER_MS);
  }

  /** Connects the replica's DataSource in the background (first at start-up), so a replica that is down stops nothing. */
  connectReplica(): void {
    const dataSource = this.replica?.dataSource;
    if (!dataSource || dataSource.isInitialized || this.connecting || Date.now() - this.lastAttempt < RECONNECT_MS) return;
    this.lastAttempt = Date.now();
    this.connecting = dataSource.initialize().catch(() => undefined).finally(() => (this.connecting = null));
  }

  private keyOf(username: string): string {
    return `${this.keyPrefix}:read-after:${username}`;
  }
}

/**
 * Every successful change by a signed-in user (any POST, PUT, PATCH or DELETE) records its commit position before
 * the reply leaves, so the user's next read, on whichever API process, waits for the replica to have it.
 */
@Injectable()
export class ReadYourWrites implements NestInterceptor {
  constructor(@Inject(ReadSource) private readonly reads: ReadSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ method: string; actor?: Actor }>();
    if (!this.reads.hasReplica || request.method === 'GET' || request.method === 'HEAD') return next.handle();
    return next.handle().pipe(
      mergeMap((reply) => {
        const username = request.actor?.username;
        if (!username) return from([reply]);
        // Not remembered (Redis down): the reply still goes out; while Redis stays down that user's reads go to the primary.
        return from(this.reads.rememberWrite(username).then(() => reply, () => reply));
      }),
    );
  }
}
