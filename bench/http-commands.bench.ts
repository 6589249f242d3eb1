import { execFile } from 'node:child_process';
import { createPool } from '@jixiao/event-store';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../apps/api/src/config';
import { createApp } from '../apps/api/src/create-app';
import { DEMO_PASSWORD, findFixturesDir, seedDemoData } from '../apps/api/src/demo/seed-demo-data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchRow, printRows, scratchDatabase } from './bench-kit';
import type { LoadPlan, LoadResult } from './load-client';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = 16;

/** SPEC §14: a full command over HTTP (auth, load, decide, append, inline projection) at 16 connections. */
export async function benchHttpCommands(): Promise<BenchRow[]> {
  const db = await scratchDatabase();
  const pool = createPool(db.url, 2);
  await seedDemoData(pool);
  await pool.end();
  const app = await createApp(loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' }), { logger: false });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  try {
    const token = await login(base, 'hn-preparer');
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const form = readFileSync(join(findFixturesDir(), 'seed-004/01-12345-hotline.json'), 'utf8');
    const reports = await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
      const res = await fetch(`${base}/reports`, { method: 'POST', headers: auth, body: form });
      return ((await res.json()) as { id: string }).id;
    }));
    const plan = { base, seconds: SECONDS, token, reports };
    const baseline = await loadFromAnotherProcess({ ...plan, mode: 'health' });
    const commands = await loadFromAnotherProcess({ ...plan, mode: 'commands' });
    if (commands.failures) console.warn(`  (${commands.failures} commands did not answer 200)`);
    const rate = commands.count / commands.seconds;
    const healthRate = baseline.count / baseline.seconds;
    return [
      { name: `full command over HTTP, ${CONNECTIONS} connections`, value: rate, unit: 'commands/s', baseline: healthRate, baselineName: 'GET /api/health', ratio: rate / healthRate, target: '≥ 1,000/s' },
      { name: 'full command over HTTP, p99 latency', value: commands.p99, unit: 'ms', baseline: baseline.p99, baselineName: 'GET /api/health p99', ratio: commands.p99 / baseline.p99, target: '< 50 ms' },
    ];
  } finally {
    await app.close();
    await db.drop();
  }
}

/** The load runs in a child process, as wrk would: the API's event loop is its own. */
function loadFromAnotherProcess(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'load-client.ts'), JSON.stringify(plan)],
      { maxBuffer: 1 << 20 }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as LoadResult)));
  });
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

if (require.main === module) {
  benchHttpCommands().then((rows) => printRows('HTTP commands', rows), (error) => { console.error(error); process.exit(1); });
}
