import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Pool, PoolClient } from 'pg';
import { InvalidInput } from '@jixiao/domain';
import { PG_POOL } from '../infrastructure/infrastructure.module';

export interface Reply {
  status: number;
  body: unknown;
  etag?: string;
}

/** Records the reply inside the command's own transaction, so "committed" and "remembered" are one fact. */
export type RecordReply = (client: Pick<PoolClient, 'query'>, reply: Reply) => Promise<void>;

interface Claim {
  username: string;
  key: string;
  requestHash: string;
}

@Injectable()
export class Idempotency {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async run(request: Request, response: Response, work: (record: RecordReply) => Promise<Reply>): Promise<unknown> {
    const claim = claimOf(request);
    if (!claim) return send(response, await work(async () => undefined));
    const earlier = await this.find(claim);
    if (earlier) return send(response, earlier);
    try {
      return send(response, await work((client, reply) => record(client, claim, reply)));
    } catch (error) {
      const { constraint } = (error ?? {}) as { constraint?: string };
      const winner = constraint === 'idempotency_keys_pkey' ? await this.find(claim) : null;
      if (!winner) throw error;
      return send(response, winner);
    }
  }

  private async find(claim: Claim): Promise<Reply | null> {
    const { rows } = await this.pool.query(
      'SELECT request_hash, status, headers, body FROM idempotency_keys WHERE username = $1 AND key = $2',
      [claim.username, claim.key],
    );
    if (!rows[0]) return null;
    if (rows[0].request_hash !== claim.requestHash) {
      throw new InvalidInput([{ path: 'Idempotency-Key', message: '该 Idempotency-Key 已用于另一个不同的请求' }]);
    }
    return { status: rows[0].status, body: rows[0].body, etag: rows[0].headers?.etag };
  }
}

function claimOf(request: Request): Claim | null {
  const key = request.header('idempotency-key');
  if (request.method !== 'POST' || key === undefined) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new InvalidInput([{ path: 'Idempotency-Key', message: '应为 1–200 个可见 ASCII 字符' }]);
  }
  const username = (request as Request & { actor?: { username: string } }).actor?.username ?? '';
  const requestHash = createHash('sha256').update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`).digest('hex');
  return { username, key, requestHash };
}

async function record(client: Pick<PoolClient, 'query'>, claim: Claim, reply: Reply): Promise<void> {
  await client.query(
    'INSERT INTO idempotency_keys (username, key, request_hash, status, headers, body) VALUES ($1, $2, $3, $4, $5, $6)',
    [claim.username, claim.key, claim.requestHash, reply.status, { etag: reply.etag }, JSON.stringify(reply.body)],
  );
}

function send(response: Response, reply: Reply): unknown {
  response.status(reply.status);
  if (reply.etag) response.setHeader('ETag', reply.etag);
  return reply.body;
}
