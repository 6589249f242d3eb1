import type { Request, Response } from 'express';
import type { Pool } from 'pg';
import type { ChangeOptions } from '@jixiao/organisation';
import type { Idempotency, ReplySeal } from '../http/idempotency';

export type ChangeRequest = Request & { correlationId: string };

export interface AnswerOnce {
  idempotency: Idempotency;
  pool: Pool;
  /** For a reply that holds a one-time password. */
  seal?: ReplySeal;
}

/**
 * An organisation change under the request's Idempotency-Key, as the report commands honour it (SPEC §10, §19): a
 * repeat returns the first reply, another body under the same key is 409. The reply is recorded in the change's own
 * transaction; a change that appends nothing (nothing to change) records it on its own.
 */
export function answerOnce<Result>(
  { idempotency, pool, seal }: AnswerOnce, req: ChangeRequest, res: Response, status: number,
  change: (options: ChangeOptions<Result>) => Promise<Result>, bodyOf: (result: Result) => unknown,
): Promise<unknown> {
  return idempotency.run(req, res, async (record) => {
    let recorded = false;
    const alsoInTransaction = record
      ? async (tx: Parameters<typeof record>[0], result: Result) => {
        await record(tx, { status, body: bodyOf(result) });
        recorded = true;
      }
      : undefined;
    const result = await change({ correlationId: req.correlationId, alsoInTransaction });
    const reply = { status, body: bodyOf(result) };
    if (record && !recorded) await record(pool, reply);
    return reply;
  }, seal);
}
