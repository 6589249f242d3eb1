import * as pg from 'pg';

/** A pool's clients: `preparedStatements: false` sends every named statement unnamed (PgBouncer < 1.21, transaction mode). */
export interface StatementClientConfig extends pg.ClientConfig {
  preparedStatements?: boolean;
}

/** 42P05 duplicate_prepared_statement, 26000 invalid_sql_statement_name: what a pooler that swaps connections causes. */
const STATEMENT_MISSING_OR_TAKEN = new Set(['42P05', '26000']);

export const PREPARED_STATEMENTS_HINT =
  '（经 PgBouncer 事务模式连接时，请设 DATABASE_PREPARED_STATEMENTS=false，或使用 PgBouncer ≥ 1.21 并设 max_prepared_statements）';

/**
 * The pool's client. A named statement (`{ name, text, values }`: the event store's one-event append) is parsed and
 * planned once per server connection; a pooler in transaction mode hands each statement to any server connection, so
 * the name is found missing or already taken. With `preparedStatements: false` the name is dropped and the statement
 * goes as an unnamed one (parsed each time, same result); otherwise those two errors name the setting that fixes them.
 */
export class StatementClient extends pg.Client {
  private readonly prepared: boolean;

  constructor(config: StatementClientConfig = {}) {
    super(config);
    this.prepared = config.preparedStatements !== false;
  }

  override query(config: any, values?: any, callback?: any): any {
    if (!isNamed(config)) return super.query(config, values, callback);
    if (!this.prepared) return super.query({ ...config, name: undefined }, values, callback);
    if (typeof values === 'function') [values, callback] = [undefined, values];
    if (callback) return super.query(config, values, (error: Error | null, result: unknown) => callback(error && explained(error), result));
    return super.query(config, values).catch((error: Error) => {
      throw explained(error);
    });
  }
}

function isNamed(config: unknown): boolean {
  if (!config || typeof config !== 'object') return false;
  const { name, submit } = config as { name?: unknown; submit?: unknown };
  return typeof name === 'string' && name !== '' && typeof submit !== 'function';
}

function explained(error: Error): Error {
  const { code } = error as { code?: string };
  if (code && STATEMENT_MISSING_OR_TAKEN.has(code) && !error.message.endsWith(PREPARED_STATEMENTS_HINT)) {
    error.message += PREPARED_STATEMENTS_HINT;
  }
  return error;
}
