import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '@jixiao/testing';
import { migrations } from '../../../migrations';
import { ensureDatabase, migrate } from './database';
import { DatabaseNewerThanCode, MIGRATION_LOCK } from './schema-version';

const names = migrations.map((migration) => new migration().name as string);
const created: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = `jixiao_test_${randomBytes(6).toString('hex')}`;
  created.push(name);
  const url = testDatabaseUrl(name);
  await ensureDatabase(url);
  return url;
}

async function query<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function until(probe: () => Promise<boolean>): Promise<void> {
  while (!(await probe())) await new Promise((resolve) => setTimeout(resolve, 50));
}

afterAll(async () => {
  for (const name of created) await query(testDatabaseUrl('postgres'), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe('migrate', () => {
  it('applies each migration once when two processes start on a fresh database at the same moment', async () => {
    const url = await freshDatabase();
    const [first, second] = await Promise.all([migrate(url), migrate(url)]);
    expect([...first, ...second].sort()).toEqual([...names].sort());
    const recorded = await query(url, 'SELECT name FROM migrations ORDER BY id');
    expect(recorded.map((row) => row.name)).toEqual(names);
  });

  it('makes the second process wait for the first under the lock, then find nothing pending', async () => {
    const url = await freshDatabase();
    const holder = new Client({ connectionString: url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const both = Promise.all([migrate(url), migrate(url)]);
    await until(async () => (await query(url, `
      SELECT count(*)::int AS waiting FROM pg_locks
      WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`))[0].waiting === 2);
    expect((await query(url, `SELECT to_regclass('migrations') IS NULL AS absent`))[0].absent).toBe(true);
    await holder.end();
    const runs = await both;
    expect(runs.map((ran) => ran.length).sort()).toEqual([0, names.length]);
  });

  it('refuses a database migrated by a newer version, naming both versions, and changes nothing', async () => {
    const url = await freshDatabase();
    await migrate(url);
    const future = 'FutureFeature1799999999999';
    await query(url, 'INSERT INTO migrations (timestamp, name) VALUES ($1, $2)', [1799999999999, future]);
    const refusal = await migrate(url).then(() => undefined, (error: Error) => error);
    expect(refusal).toBeInstanceOf(DatabaseNewerThanCode);
    expect(refusal!.message).toContain(`数据库的结构版本为 ${future}`);
    expect(refusal!.message).toContain(`本程序只认识到 ${names[names.length - 1]}`);
    expect(await query(url, 'SELECT name FROM migrations ORDER BY id')).toEqual([...names, future].map((name) => ({ name })));
    // `jixiao migrate` — the command a deployment runs before starting the API and worker — says so and fails.
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
    delete env.MIGRATION_DATABASE_URL;
    const cli = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [join(__dirname, '../../../bin/jixiao.js'), 'migrate'], { env, encoding: 'utf8' },
        (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }));
    });
    expect(cli).toMatchObject({ code: 2, stderr: expect.stringContaining(refusal!.message) });
  }, 120000);

  it('applies only the migrations an older version left out, once, when two processes upgrade at once', async () => {
    const url = await freshDatabase();
    const older = new DataSource({ type: 'postgres', url, migrations: migrations.slice(0, -1), migrationsTransactionMode: 'each' });
    await older.initialize();
    await older.runMigrations();
    await older.destroy();
    const runs = await Promise.all([migrate(url), migrate(url)]);
    expect(runs.map((ran) => ran.join()).sort()).toEqual(['', names[names.length - 1]]);
    expect((await query(url, 'SELECT name FROM migrations ORDER BY id')).map((row) => row.name)).toEqual(names);
  });
});
