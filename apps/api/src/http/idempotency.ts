import { createHash } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Pool, PoolClient } from 'pg';
import { InvalidInput } from '@jixiao/domain';
import { createPool } from '@jixiao/event-store';
import { Config, CONFIG } from '../config';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { IdempotencyKeyReused } from './idempotency-key-reused';

export interface Reply {
  status: number;
  body: unknown;
  etag?: string;
  /** The body as JSON text, when it is already at hand: sent and recorded as it is, not serialised again. */
  json?: string;
}

/** Records the reply inside the command's own transaction, so "committed" and "remembered" are one fact. */
export type RecordReply = (client: Pick<PoolClient, 'query'>, reply: Reply) => Promise<void>;

/**
 * How a reply that holds a secret (a one-time password, a token) is kept: sealed when recorded, opened when repeated.
 * Its request may hold one too (a password): what is kept of the request is then a keyed hash, not a plain one.
 */
export interface ReplySeal {
  close(body: unknown): Promise<unknown>;
  open(body: unknown): Promise<unknown>;
  hashOf(request: Buffer[]): Promise<string>;
}

interface Claim {
  username: string;
  key: string;
  requestHash: string;
  /** An advisory lock number for the (username, key) pair. */
  lock: string;
}

/** Lock holders at once per process; they hold a connection of their own, never one of the commands' pool. */
const LOCK_CONNECTIONS = 8;

/**
 * SPEC §10, §19. A repeat of a key returns the first response; concurrent repeats wait, under an advisory lock
 * on the key, for the first to finish and then answer with its response; the same key with another body or file
 * is 409 IDEMPOTENCY_KEY_REUSED.
 */
@Injectable()
export class Idempotency implements OnModuleDestroy {
  /** Separate, so that requests waiting for a lock cannot take every connection the work under the lock needs. */
  private readonly locks: Pool;

  constructor(@Inject(PG_POOL) private readonly pool: Pool, @Inject(CONFIG) config: Config) {
    this.locks = createPool(config.databaseUrl, LOCK_CONNECTIONS, { preparedStatements: config.preparedStatements });
  }

  async onModuleDestroy(): Promise<void> {
    await this.locks.end();
  }

  /** `work` gets null without an Idempotency-Key: nothing to record, so a command needs no transaction of its own. */
  async run(
    request: Request, response: Response, work: (record: RecordReply | null) => Promise<Reply>, seal?: ReplySeal,
  ): Promise<unknown> {
    const claim = await claimOf(request, seal);
    if (!claim) return send(response, await work(null));
    const earlier = await this.find(claim, seal);
    if (earlier) return send(response, earlier);
    return this.holdingLock(claim, async () => {
      const first = await this.find(claim, seal);
      if (first) return send(response, first);
      return this.runFirst(claim, response, work, seal);
    });
  }

  /**
   * The lock is a transaction's, held by an open transaction that writes nothing (so it holds no log reader back):
   * through PgBouncer in transaction mode a session lock's unlock may reach another server connection and leave the
   * key locked for good; a transaction keeps its one connection until COMMIT.
   */
  private async holdingLock<T>(claim: Claim, work: () => Promise<T>): Promise<T> {
    const client = await this.locks.connect();
    let failed = false;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [claim.lock]);
      return await work();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // A connection that cannot end its transaction is closed instead: the server then drops its locks.
      const ended = await client.query(failed ? 'ROLLBACK' : 'COMMIT').then(() => undefined, (e: Error) => e);
      client.release(ended);
    }
  }

  private async runFirst(
    claim: Claim, response: Response, work: (record: RecordReply) => Promise<Reply>, seal?: ReplySeal,
  ): Promise<unknown> {
    const recordSealed: RecordReply = async (client, reply) =>
      record(client, claim, seal ? { ...reply, body: await seal.close(reply.body) } : reply);
    try {
      return send(response, await work(recordSealed));
    } catch (error) {
      const { constraint } = (error ?? {}) as { constraint?: string };
      const winner = constraint === 'idempotency_keys_pkey' ? await this.find(claim, seal) : null;
      if (!winner) throw error;
      return send(response, winner);
    }
  }

  private async find(claim: Claim, seal?: ReplySeal): Promise<Reply | null> {
    const { rows } = await this.pool.query(
      'SELECT request_hash, status, headers, body FROM idempotency_keys WHERE username = $1 AND key = $2',
      [claim.username, claim.key],
    );
    if (!rows[0]) return null;
    if (rows[0].request_hash !== claim.requestHash) throw new IdempotencyKeyReused();
    const body = seal ? await seal.open(rows[0].body) : rows[0].body;
    return { status: rows[0].status, body, etag: rows[0].headers?.etag };
  }
}

async function claimOf(request: Request, seal?: ReplySeal): Promise<Claim | null> {
  const key = request.header('idempotency-key');
  if (request.method !== 'POST' || key === undefined) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new InvalidInput([{ path: 'Idempotency-Key', message: '应为 1–200 个可见 ASCII 字符' }]);
  }
  const username = (request as Request & { actor?: { username: string } }).actor?.username ?? '';
  const parts: Buffer[] = [Buffer.from(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)];
  // An uploaded file is part of the request: a different file under the same key is another request.
  if (request.file) parts.push(Buffer.from(`\n${request.file.fieldname}\n`), request.file.buffer);
  const requestHash = seal ? await seal.hashOf(parts) : parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex');
  const lock = createHash('sha256').update(`${username}\n${key}`).digest().readBigInt64BE(0).toString();
  return { username, key, requestHash, lock };
}

async function record(client: Pick<PoolClient, 'query'>, claim: Claim, reply: Reply): Promise<void> {
  await client.query(
    'INSERT INTO idempotency_keys (username, key, request_hash, status, headers, body) VALUES ($1, $2, $3, $4, $5, $6)',
    [claim.username, claim.key, claim.requestHash, reply.status, { etag: reply.etag }, reply.json ?? JSON.stringify(reply.body)],
  );
}

function send(response: Response, reply: Reply): unknown {
  response.status(reply.status);
  if (reply.etag) response.setHeader('ETag', reply.etag);
  if (reply.json === undefined) return reply.body;
  // Text the handler returns goes out as it is (Nest's res.send), under the type res.json would have given it.
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  return reply.json;
}
