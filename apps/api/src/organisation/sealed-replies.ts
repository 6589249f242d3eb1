import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { Config, CONFIG } from '../config';
import type { ReplySeal } from '../http/idempotency';
import { PG_POOL } from '../infrastructure/infrastructure.module';
import { jwtSecretOf } from '../jwt-secret';

interface Sealed {
  sealed: string;
}

/**
 * An account reply holds a one-time password, which Jixiao never stores in the clear (SPEC §16): the reply kept for
 * an Idempotency-Key is sealed with AES-256-GCM under a key derived from the server's secret, so a repeat returns
 * the first password and a copy of the table alone reveals none.
 */
@Injectable()
export class SealedReplies implements ReplySeal {
  private secret: Promise<string> | null = null;

  constructor(@Inject(CONFIG) private readonly config: Config, @Inject(PG_POOL) private readonly pool: Pool) {}

  async close(body: unknown): Promise<Sealed> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await this.keyOf('replies'), iv);
    const text = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
    return { sealed: Buffer.concat([iv, cipher.getAuthTag(), text]).toString('base64') };
  }

  async open(body: unknown): Promise<unknown> {
    const bytes = Buffer.from((body as Sealed).sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', await this.keyOf('replies'), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'));
  }

  /** HMAC-SHA256 under a key of the server's secret: a request that holds a password is kept as nothing a dictionary could be run against. */
  async hashOf(request: Buffer[]): Promise<string> {
    const key = await this.keyOf('requests');
    return request.reduce((hmac, part) => hmac.update(part), createHmac('sha256', key)).digest('hex');
  }

  /** A key for each use, derived from the server's secret. */
  private async keyOf(use: 'replies' | 'requests'): Promise<Buffer> {
    this.secret ??= jwtSecretOf(this.config, this.pool);
    const secret = await this.secret;
    return createHash('sha256').update(`jixiao idempotent account ${use}\n${secret}`).digest();
  }
}
