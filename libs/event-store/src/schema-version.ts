import { Client } from 'pg';

/** The advisory lock every `migrate` holds: two processes starting at once apply each migration once. */
export const MIGRATION_LOCK = 0x6a697869616f; // "jixiao"

/** The database records a migration this code does not know: it was written by a newer version. */
export class DatabaseNewerThanCode extends Error {
  constructor(readonly databaseVersion: string, readonly codeVersion: string, readonly unknown: string[]) {
    super(
      `数据库比本程序新：数据库的结构版本为 ${databaseVersion}，本程序只认识到 ${codeVersion}` +
      `（本程序不认识的迁移：${unknown.join('、')}）。请使用不低于该版本的 Jixiao 启动，或恢复与本程序版本相符的备份。`,
    );
    this.name = 'DatabaseNewerThanCode';
  }
}

/**
 * Runs `work` while holding the migration lock on a connection of its own (advisory locks are per database). The lock
 * is a transaction's, held by an open transaction that writes nothing: through PgBouncer in transaction mode a session
 * lock would stay on a pooled server connection, while a transaction keeps its one server connection until it ends.
 */
export async function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await client.query('ROLLBACK').catch(() => undefined); // it wrote nothing; ending the transaction releases the lock
    await client.end();
  }
}

/** Refuses a database whose migrations table names a migration missing from `known` (the code's list, in order). */
export async function refuseNewerDatabase(databaseUrl: string, known: string[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('migrations') IS NOT NULL AS present`);
    if (!rows[0].present) return;
    const recorded = (await client.query('SELECT name FROM migrations ORDER BY timestamp, id')).rows.map((r) => r.name as string);
    const unknown = recorded.filter((name) => !known.includes(name));
    if (unknown.length) {
      throw new DatabaseNewerThanCode(recorded[recorded.length - 1], known[known.length - 1] ?? '（无迁移）', unknown);
    }
  } finally {
    await client.end();
  }
}
