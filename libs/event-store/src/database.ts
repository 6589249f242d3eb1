import * as pg from 'pg';
import { Client, Pool, PoolClient, PoolConfig } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../../migrations';
import { appRoleOf, ensureAppRole } from './app-role';
import { refuseNewerDatabase, withMigrationLock } from './schema-version';
import { StatementClient } from './prepared-statements';

const ignore = () => undefined;

/**
 * A pool none of whose clients can end the process. A backend terminated under a client (a PostgreSQL restart,
 * `pg_terminate_backend`) makes the client emit 'error': the pool listens while the client is idle, nobody while
 * it is checked out between two queries (in a transaction, say), and an unheard 'error' event is an uncaught
 * exception. Every client gets a listener from birth; the query in flight still fails, the pool drops the broken
 * client on release, and the next query connects afresh.
 */
export class ResilientPool extends Pool {
  constructor(config: PoolConfig & { preparedStatements?: boolean }, onIdleError: (error: Error) => void = ignore) {
    super({ Client: StatementClient, ...config });
    this.on('connect', (client: PoolClient) => client.on('error', ignore));
    this.on('error', onIdleError);
  }
}

export interface PoolOptions {
  /** Clients that lose their server while idle (a restart): logged by the worker, ignored elsewhere. */
  onIdleError?: (error: Error) => void;
  /** DATABASE_PREPARED_STATEMENTS: false sends named statements unnamed, for PgBouncer < 1.21 in transaction mode. */
  preparedStatements?: boolean;
}

export function createPool(databaseUrl: string, max = 10, options: PoolOptions = {}): Pool {
  const { onIdleError = ignore, preparedStatements = true } = options;
  return new ResilientPool({ connectionString: databaseUrl, max, preparedStatements }, onIdleError);
}

/** The `pg` module as TypeORM should load it: its pool is a ResilientPool too. */
const resilientPg = { ...pg, Pool: ResilientPool };

/** Creates the database named in the URL when it does not exist yet (SPEC §13). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  admin.on('error', ignore);
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    // 42P04: it exists; 23505: another process created it at the same moment
    if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await admin.end();
  }
}

export function createDataSource(databaseUrl: string, entities: Function[] = []): DataSource {
  return new DataSource({
    type: 'postgres', url: databaseUrl, migrations, entities, migrationsTransactionMode: 'each', driver: resilientPg,
  });
}

/**
 * Runs the pending migrations as the migrating user (the owner of the tables) under an advisory lock, refusing a
 * database migrated by a newer version; then grants the application's role (SPEC §19) — named by appUrl's user when
 * it differs, jixiao_app otherwise — on every table, new ones included.
 */
export async function migrate(databaseUrl: string, appUrl?: string): Promise<string[]> {
  const ran = await withMigrationLock(databaseUrl, async () => {
    await refuseNewerDatabase(databaseUrl, migrations.map((migration) => new migration().name ?? migration.name));
    const dataSource = createDataSource(databaseUrl);
    await dataSource.initialize();
    try {
      return (await dataSource.runMigrations()).map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
    }
  });
  await grantAppRole(databaseUrl, appUrl);
  return ran;
}

/** One at a time per database: an API and a worker starting together would otherwise update the same grants at once. */
async function grantAppRole(databaseUrl: string, appUrl?: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  client.on('error', ignore);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('jixiao-app-role'))`);
    await ensureAppRole(client, appRoleOf(databaseUrl, appUrl));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(ignore);
    throw error;
  } finally {
    await client.end();
  }
}

const CONNECTION_LOST = /^(57P0[1-3]|08\d{3}|53300|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/;

/** A lost or refused connection (a restart, `pg_terminate_backend`): worth trying again, unlike a real error. */
export function isConnectionLoss(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // A pg client whose connection was cut while it sat idle refuses the next query with "… is not queryable".
  return (typeof code === 'string' && CONNECTION_LOST.test(code)) || /Connection terminated|connection closed|is not queryable/i.test(String(message));
}

/** Start-up steps retried while PostgreSQL is restarting or cutting connections, for up to `attempts` seconds. */
export async function whileConnectionsAreCut<T>(work: () => Promise<T>, attempts = 30): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isConnectionLoss(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
