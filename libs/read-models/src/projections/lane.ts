import { finished } from 'node:stream/promises';
import type { QueryConfig, QueryResult } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Queryable } from '@jixiao/event-store';

/** A statement with its values, or rows for a `COPY … FROM STDIN` in COPY text format. */
export type Write = [sql: string, values: unknown[]] | { copy: string; text: string };

/**
 * One connection's statements in order, one at a time (pg no longer queues them itself), so that this process
 * can build the next batch while the database runs the current one. Writes are fire-and-forget with at most one
 * batch outstanding; the first failure is thrown by the next `write` or by `flush`.
 */
export class Lane {
  private tail: Promise<unknown> = Promise.resolve();
  private written: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(private readonly db: Queryable) {}

  query(sql: string | QueryConfig, values?: unknown[]): Promise<QueryResult> {
    return this.inTurn(() => (typeof sql === 'string' ? this.db.query(sql, values) : this.db.query(sql)));
  }

  async write(writes: Write[]): Promise<void> {
    await this.flush();
    this.written = Promise.all(writes.map((write) => (Array.isArray(write) ? this.query(...write) : this.copy(write)))).then(
      () => undefined,
      (error) => {
        this.failure ??= error;
      },
    );
  }

  async flush(): Promise<void> {
    await this.written;
    if (this.failure) throw this.failure;
  }

  private copy({ copy, text }: { copy: string; text: string }): Promise<void> {
    return this.inTurn(async () => {
      const stream = (this.db.query as unknown as (stream: ReturnType<typeof copyFrom>) => ReturnType<typeof copyFrom>).call(
        this.db,
        copyFrom(copy),
      );
      stream.end(text);
      await finished(stream);
    });
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
