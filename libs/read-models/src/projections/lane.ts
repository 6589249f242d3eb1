import type { QueryResult } from 'pg';
import type { Queryable } from '@jixiao/event-store';

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

  query(sql: string, values?: unknown[]): Promise<QueryResult> {
    const result = this.tail.then(() => this.db.query(sql, values));
    this.tail = result.catch(() => undefined);
    return result;
  }

  async write(statements: [sql: string, values: unknown[]][]): Promise<void> {
    await this.flush();
    this.written = Promise.all(statements.map(([sql, values]) => this.query(sql, values))).then(
      () => undefined,
      (error) => { this.failure ??= error; },
    );
  }

  async flush(): Promise<void> {
    await this.written;
    if (this.failure) throw this.failure;
  }
}
