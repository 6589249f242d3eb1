import { execFile } from 'node:child_process';
import { createPool } from '@jixiao/event-store';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../apps/api/src/config';
import { createApp } from '../apps/api/src/create-app';
import { DEMO_PASSWORD, findFixturesDir, seedDemoData } from '../apps/api/src/demo/seed-demo-data';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { Client } from 'pg';
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
    const healthCpu = process.cpuUsage();
    const healthDb = await backendCpu(db.url);
    const baseline = await loadFromAnotherProcess({ ...plan, mode: 'health' });
    const healthDbMs = await healthDb.stop();
    // Each health request leaves its probes' 1.5 s timeouts behind: they run out, on health's account, before the commands.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const healthUsed = process.cpuUsage(healthCpu);
    const counted = countStatements();
    const cpu = process.cpuUsage();
    const commandsDb = await backendCpu(db.url);
    const profile = await startProfile();
    const commands = await loadFromAnotherProcess({ ...plan, mode: 'commands' });
    await profile.stop();
    const commandsDbMs = await commandsDb.stop();
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    const { statements, parameterChars } = counted.stop();
    if (commands.failures) console.warn(`  (${commands.failures} commands did not answer 200)`);
    const rate = commands.count / commands.seconds;
    const healthRate = baseline.count / baseline.seconds;
    return [
      { name: `full command over HTTP, ${CONNECTIONS} connections`, value: rate, unit: 'commands/s', baseline: healthRate, baselineName: 'GET /api/health', ratio: rate / healthRate, target: '≥ 0.60× health' },
      { name: 'full command over HTTP, p99 latency', value: commands.p99, unit: 'ms', baseline: baseline.p99, baselineName: 'GET /api/health p99', ratio: commands.p99 / baseline.p99, target: '≤ 2× health p99' },
      // Less noisy than rates on a shared machine: what one command costs the API process and the database link.
      {
        name: '  API process CPU per command', value: cpuMs / commands.count, unit: 'ms',
        baseline: (healthUsed.user + healthUsed.system) / 1000 / baseline.count, baselineName: 'per GET /api/health',
        ratio: cpuMs / commands.count / ((healthUsed.user + healthUsed.system) / 1000 / baseline.count),
      },
      { name: '    of which system (kernel) time', value: used.system / 1000 / commands.count, unit: 'ms', baseline: healthUsed.system / 1000 / baseline.count, baselineName: 'per GET /api/health', ratio: null },
      {
        name: '  PostgreSQL backends CPU per command', value: commandsDbMs / commands.count, unit: 'ms',
        baseline: healthDbMs / baseline.count, baselineName: 'per GET /api/health', ratio: commandsDbMs / commands.count / (healthDbMs / baseline.count),
      },
      {
        name: '  load generator CPU per command', value: commands.cpuMs / commands.count, unit: 'ms',
        baseline: baseline.cpuMs / baseline.count, baselineName: 'per GET /api/health', ratio: commands.cpuMs / commands.count / (baseline.cpuMs / baseline.count),
      },
      { name: '  statements sent to PostgreSQL per command', value: statements / commands.count, unit: 'statements', baseline: null, ratio: null },
      { name: '  parameter characters sent per command', value: parameterChars / commands.count, unit: 'chars', baseline: null, ratio: null },
    ];
  } finally {
    await app.close();
    await db.drop();
  }
}

/** Counts the statements every pg client of this process sends until stopped, and the characters of their parameters. */
function countStatements(): { stop: () => { statements: number; parameterChars: number } } {
  const original = Client.prototype.query;
  let statements = 0;
  let parameterChars = 0;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    statements++;
    const [query, values] = args as [{ values?: unknown[] } | string, unknown[] | undefined];
    for (const value of (typeof query === 'object' && query?.values) || values || []) parameterChars += String(value ?? '').length;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  return { stop: () => { Client.prototype.query = original; return { statements, parameterChars }; } };
}

/**
 * CPU time (user + system, from /proc) of the PostgreSQL backends serving this database, between start and stop:
 * what the database spends on the load, apart from the WAL writer, checkpointer and other databases' backends.
 */
async function backendCpu(url: string): Promise<{ stop: () => Promise<number> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const ticks = async () => {
    const { rows } = await client.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    const byPid = new Map<number, number>();
    for (const { pid } of rows as { pid: number }[]) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        byPid.set(pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        // ended meanwhile, or PostgreSQL runs elsewhere: not counted
      }
    }
    return byPid;
  };
  const before = await ticks();
  return {
    stop: async () => {
      const after = await ticks();
      await client.end();
      let total = 0;
      for (const [pid, used] of after) total += used - (before.get(pid) ?? 0);
      return (total * 1000) / 100; // USER_HZ
    },
  };
}

/** With BENCH_CPU_PROFILE=file.cpuprofile, a CPU profile of the API process during the command load only. */
async function startProfile(): Promise<{ stop: () => Promise<void> }> {
  const file = process.env.BENCH_CPU_PROFILE;
  if (!file) return { stop: async () => undefined };
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise<any>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
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
