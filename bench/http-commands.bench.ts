import { createPool } from '@jixiao/event-store';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../apps/api/src/config';
import { createApp } from '../apps/api/src/create-app';
import { DEMO_PASSWORD, findFixturesDir, seedDemoData } from '../apps/api/src/demo/seed-demo-data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchRow, forDuration, percentile, printRows, scratchDatabase } from './bench-kit';

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
    const baseline = await forDuration(SECONDS * 1000, CONNECTIONS, async () => {
      const res = await fetch(`${base}/health`);
      await res.arrayBuffer();
    });
    let failures = 0;
    const counters = new Array(CONNECTIONS).fill(0);
    const commands = await forDuration(SECONDS * 1000, CONNECTIONS, async (worker) => {
      const score = String(10 + (counters[worker]++ % 5));
      const res = await fetch(`${base}/reports/${reports[worker]}/indicators/i1/score`, {
        method: 'PUT', headers: auth, body: JSON.stringify({ score, reason: '基准测试' }),
      });
      if (res.status !== 200) failures++;
      await res.arrayBuffer();
    });
    if (failures) console.warn(`  (${failures} commands did not answer 200)`);
    const rate = commands.count / commands.seconds;
    const healthRate = baseline.count / baseline.seconds;
    return [
      { name: `full command over HTTP, ${CONNECTIONS} connections`, value: rate, unit: 'commands/s', baseline: healthRate, baselineName: 'GET /api/health', ratio: rate / healthRate, target: '≥ 1,000/s' },
      { name: 'full command over HTTP, p99 latency', value: percentile(commands.latencies, 99), unit: 'ms', baseline: percentile(baseline.latencies, 99), baselineName: 'GET /api/health p99', ratio: percentile(commands.latencies, 99) / percentile(baseline.latencies, 99), target: '< 50 ms' },
    ];
  } finally {
    await app.close();
    await db.drop();
  }
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
