import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { testDatabaseUrl, useTestDatabase } from '@jixiao/testing';
import { whileConnectionsAreCut } from './database';

const ROOT = join(__dirname, '../../..');

describe('a pool whose connections are cut (SPEC §19)', () => {
  const db = useTestDatabase();

  it('keeps the process alive, checked-out, in-transaction and idle clients alike, and answers again', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'libs/event-store/src/testing/hold-clients.ts', db.url], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk) => { errors += chunk; });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk) => { output += chunk; if (output.includes('ready')) resolve(); });
      void exited.then(() => reject(new Error(`exited before ready: ${errors}`)));
    });
    const admin = new Client({ connectionString: testDatabaseUrl('postgres') });
    await admin.connect();
    const { rows } = await admin.query(
      `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity
       WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [new URL(db.url).pathname.slice(1)],
    );
    await admin.end();
    expect({ code: await exited, errors }).toEqual({ code: 0, errors: '' });
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(4);
    expect(output).toContain('answered');
  }, 60000);
});

describe('a start-up step whose connection is cut (whileConnectionsAreCut)', () => {
  const db = useTestDatabase();

  /** Runs `use` on a client whose backend was terminated, after the client has noticed it (its 'error' event). */
  async function onACutClient(use: (client: Client) => Promise<unknown>): Promise<unknown> {
    const client = new Client({ connectionString: db.url });
    const noticed = new Promise((resolve) => client.on('error', resolve));
    await client.connect();
    const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
    await db.pool.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
    await noticed;
    try {
      return await use(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  it('is tried again when the client refuses its next query as not queryable, and gives up on a real error', async () => {
    let attempts = 0;
    const answer = await whileConnectionsAreCut(async () => {
      attempts++;
      if (attempts === 1) return onACutClient((client) => client.query('SELECT 1'));
      return (await db.pool.query('SELECT 2 AS n')).rows[0].n;
    }, 3);
    expect({ attempts, answer }).toEqual({ attempts: 2, answer: 2 });

    let failures = 0;
    const refused = await whileConnectionsAreCut(async () => {
      failures++;
      await db.pool.query('SELECT * FROM no_such_table');
    }, 3).catch((error: Error) => error.message);
    expect({ failures, refused }).toEqual({ failures: 1, refused: expect.stringContaining('no_such_table') });
  }, 30000);
});
