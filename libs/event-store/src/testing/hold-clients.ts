/**
 * Run as a process (`node -r @swc-node/register …hold-clients.ts DATABASE_URL`), as the API, worker and CLI hold
 * their pools: clients checked out (one inside a transaction), clients idle, TypeORM's pool. Prints `ready`, waits
 * for its backends to be terminated, then proves the pools answer again and prints `answered`. An unheard
 * client 'error' would end it with a non-zero exit code instead.
 */
import { createDataSource, createPool } from '../database';

async function main(url: string): Promise<void> {
  const pool = createPool(url, 4);
  const dataSource = await createDataSource(url).initialize();
  const inTransaction = await pool.connect();
  await inTransaction.query('BEGIN');
  const checkedOut = await pool.connect();
  await Promise.all([pool.query('SELECT 1'), dataSource.query('SELECT 1')]);
  const ended = [inTransaction, checkedOut].map((client) => new Promise((resolve) => client.once('end', resolve)));
  process.stdout.write('ready\n');
  await Promise.all(ended);
  for (const client of [inTransaction, checkedOut]) {
    const failed = await client.query('SELECT 1').then(() => null, (error: Error) => error);
    client.release(failed ?? undefined);
  }
  await retry(() => pool.query('SELECT 1'));
  await retry(() => dataSource.query('SELECT 1'));
  process.stdout.write('answered\n');
  await Promise.all([pool.end(), dataSource.destroy()]);
}

/** The first query on a pool may still pick an idle client whose death it has not yet heard of. */
async function retry(query: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await query();
      return;
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
}

main(process.argv[2]).catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
