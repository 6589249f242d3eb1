import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../../migrations';

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
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await admin.end();
  }
}

export function createDataSource(databaseUrl: string, entities: Function[] = []): DataSource {
  return new DataSource({ type: 'postgres', url: databaseUrl, migrations, entities, migrationsTransactionMode: 'each' });
}

export async function migrate(databaseUrl: string): Promise<string[]> {
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations();
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
