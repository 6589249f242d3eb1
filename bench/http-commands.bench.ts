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
import { BenchRow, jobFeedAtHead, median, printRows, scratchDatabase } from './bench-kit';
import type { LoadPlan, LoadResult } from './load-client';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const CONNECTIONS = 16;
/**
 * Health and commands take turns, so that a change in the machine's load falls on both. One round's ratio moves by
 * ±0.5× on a shared 2-core machine: nine short rounds give a steadier median than five longer ones, in about the same time.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

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
    const health = new Phase(db.url);
    const commands = new Phase(db.url);
    // A round of each that is not compared, so that neither side's first compared round runs code not yet compiled;
    // the commands' also counts statements: the counting wraps every query, and must not weigh on the rounds compared.
    const counted = countStatements();
    const countedRound = new Phase(db.url);
    await new Phase(db.url).measure(() => loadFromAnotherProcess({ ...plan, seconds: 1, mode: 'health' }));
    await countedRound.measure(() => loadFromAnotherProcess({ ...plan, seconds: 1, mode: 'commands' }), [counted]);
    await jobFeedCaughtUp(db.url);
    const instruments = [profileFirstRound('commands')];
    const healthInstruments = [profileFirstRound('health')];
    for (let round = 0; round < ROUNDS; round++) {
      await health.measure(() => loadFromAnotherProcess({ ...plan, mode: 'health' }), healthInstruments);
      // Each health request leaves its probes' 1.5 s timeouts behind: they run out, on health's account, before the commands.
      await health.measure(() => new Promise((resolve) => setTimeout(resolve, 2000)));
      await commands.measure(() => loadFromAnotherProcess({ ...plan, mode: 'commands' }), instruments);
      await jobFeedCaughtUp(db.url);
    }
    const { statements, parameterChars } = counted;
    if (commands.failures) console.warn(`  (${commands.failures} commands did not answer 200)`);
    const rate = commands.rate();
    const healthRate = health.rate();
    const ratios = commands.rounds.map((round, i) => round.count / round.seconds / (health.rounds[i].count / health.rounds[i].seconds));
    const p99Ratios = commands.rounds.map((round, i) => round.p99 / health.rounds[i].p99);
    const cpuMs = commands.cpuMs / commands.count;
    const healthCpuMs = health.cpuMs / health.count;
    return [
      {
        name: `full command over HTTP, ${CONNECTIONS} connections`, value: rate, unit: 'commands/s', baseline: healthRate, baselineName: 'GET /api/health',
        ratio: median(ratios), target: `≥ 0.60× health (the median of ${ROUNDS} alternating rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
      },
      {
        name: 'full command over HTTP, p99 latency', value: median(commands.rounds.map((r) => r.p99)), unit: 'ms',
        baseline: median(health.rounds.map((r) => r.p99)), baselineName: 'GET /api/health p99', ratio: median(p99Ratios), target: '≤ 2× health p99 (median of the rounds)',
      },
      // Less noisy than rates on a shared machine: what one command costs the API process and the database link.
      { name: '  API process CPU per command', value: cpuMs, unit: 'ms', baseline: healthCpuMs, baselineName: 'per GET /api/health', ratio: cpuMs / healthCpuMs },
      { name: '    of which system (kernel) time', value: commands.systemMs / commands.count, unit: 'ms', baseline: health.systemMs / health.count, baselineName: 'per GET /api/health', ratio: null },
      {
        name: '  PostgreSQL backends CPU per command', value: commands.dbMs / commands.count, unit: 'ms',
        baseline: health.dbMs / health.count, baselineName: 'per GET /api/health', ratio: commands.dbMs / commands.count / (health.dbMs / health.count),
      },
      {
        name: '  load generator CPU per command', value: commands.loadCpuMs / commands.count, unit: 'ms',
        baseline: health.loadCpuMs / health.count, baselineName: 'per GET /api/health', ratio: commands.loadCpuMs / commands.count / (health.loadCpuMs / health.count),
      },
      { name: '  statements sent to PostgreSQL per command', value: statements / countedRound.count, unit: 'statements', baseline: null, ratio: null },
      { name: '  parameter characters sent per command', value: parameterChars / countedRound.count, unit: 'chars', baseline: null, ratio: null },
    ];
  } finally {
    await app.close();
    await db.drop();
  }
}

/** One side of the comparison over its rounds: its requests, and what they cost the API, PostgreSQL and the load generator. */
class Phase {
  readonly rounds: LoadResult[] = [];
  count = 0;
  seconds = 0;
  failures = 0;
  cpuMs = 0;
  systemMs = 0;
  dbMs = 0;
  loadCpuMs = 0;

  constructor(private readonly url: string) {}

  /** Runs `load` (or a pause charged to this side), adding its costs; a LoadResult is a round. */
  async measure(load: () => Promise<unknown>, instruments: Instrument[] = []): Promise<void> {
    const cpu = process.cpuUsage();
    const db = await backendCpu(this.url);
    for (const instrument of instruments) await instrument.resume();
    const result = await load();
    for (const instrument of instruments) await instrument.pause();
    this.dbMs += await db.stop();
    const used = process.cpuUsage(cpu);
    this.cpuMs += (used.user + used.system) / 1000;
    this.systemMs += used.system / 1000;
    if (!isLoadResult(result)) return;
    this.rounds.push(result);
    this.count += result.count;
    this.seconds += result.seconds;
    this.failures += result.failures;
    this.loadCpuMs += result.cpuMs;
  }

  rate(): number {
    return this.count / this.seconds;
  }
}

const isLoadResult = (value: unknown): value is LoadResult => typeof value === 'object' && value !== null && 'p99' in value;

/** Counts the statements every pg client of this process sends while resumed, and the characters of their parameters. */
function countStatements(): Instrument & { statements: number; parameterChars: number } {
  const original = Client.prototype.query;
  const counter = {
    statements: 0,
    parameterChars: 0,
    resume: () => {
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        counter.statements++;
        const [query, values] = args as [{ values?: unknown[] } | string, unknown[] | undefined];
        for (const value of (typeof query === 'object' && query?.values) || values || []) counter.parameterChars += String(value ?? '').length;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof Client.prototype.query;
    },
    pause: () => {
      Client.prototype.query = original;
    },
  };
  return counter;
}

/**
 * CPU time (user + system, from /proc) of the PostgreSQL backends serving this database, between start and stop:
 * what the database spends on the load, apart from the WAL writer, checkpointer, autovacuum and other databases' backends.
 */
async function backendCpu(url: string): Promise<{ stop: () => Promise<number> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const ticks = async () => {
    const { rows } = await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
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

/**
 * What the worker's job feed does in production, done here between rounds: health counts the events the feed has not
 * passed on, and without a worker every command round would make the next health round count more. And what
 * autovacuum would do in a while: planned on the statistics of the seed's 40 events, that count read every event.
 */
async function jobFeedCaughtUp(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await jobFeedAtHead(client);
  await client.query('ANALYZE events');
  await client.end();
}

/** What watches a round: started before it, paused after. */
interface Instrument {
  resume: () => Promise<void> | void;
  pause: () => Promise<void> | void;
}

/** With BENCH_CPU_PROFILE=prefix, CPU profiles of the API process in the first round of each side: prefix-commands.cpuprofile, prefix-health.cpuprofile. */
function profileFirstRound(side: 'commands' | 'health'): Instrument {
  const prefix = process.env.BENCH_CPU_PROFILE;
  if (!prefix) return { resume: () => undefined, pause: () => undefined };
  const file = `${prefix}-${side}.cpuprofile`;
  const session = new Session();
  const post = (method: string) => new Promise<any>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  let state: 'before' | 'running' | 'written' = 'before';
  return {
    resume: async () => {
      if (state !== 'before') return;
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.start');
      state = 'running';
    },
    pause: async () => {
      if (state !== 'running') return;
      const { profile } = await post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      state = 'written';
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
