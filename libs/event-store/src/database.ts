import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../../migrations';
import { refuseNewerDatabase, withMigrationLock } from './schema-version';

export function createPool(databaseUrl: string, max = 10, onIdleError: (error: Error) => void = () => undefined): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max });
  // An idle client's error (a PostgreSQL restart) must not crash the process; the next query reconnects.
  pool.on('error', onIdleError);
  return pool;
}

/** Creates the database named in the URL when it does not exist yet (SPEC §13). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
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
  return new DataSource({ type: 'postgres', url: databaseUrl, migrations, entities, migrationsTransactionMode: 'each' });
}

/** Applies the pending migrations under an advisory lock; refuses a database migrated by a newer version. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  return withMigrationLock(databaseUrl, async () => {
    await refuseNewerDatabase(databaseUrl, migrations.map((migration) => new migration().name ?? migration.name));
    const dataSource = createDataSource(databaseUrl);
    await dataSource.initialize();
    try {
      const ran = await dataSource.runMigrations();
      return ran.map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
    }
  });
}
