import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { testDatabaseUrl, useTestDatabase } from '@jixiao/testing';

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
