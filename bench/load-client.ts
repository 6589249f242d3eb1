// The HTTP load generator, run as its own process (as wrk would be) so that it does not share the API's event loop.
// undici's Pool, not fetch: on these 2 cores the generator's own CPU is taken from the API and PostgreSQL, and fetch
// (WHATWG streams, a Response per request) spent about a third of all the CPU a command cost.
import { Pool } from 'undici';
import { forDuration, percentile } from './bench-kit';

export interface LoadPlan {
  base: string;
  seconds: number;
  mode: 'health' | 'commands';
  token: string;
  reports: string[];
}

export interface LoadResult {
  count: number;
  seconds: number;
  p50: number;
  p99: number;
  failures: number;
  /** This process's CPU time (user + system) over the run, in ms: the load generator's own cost. */
  cpuMs: number;
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const cpu = process.cpuUsage();
  const base = new URL(plan.base);
  const http = new Pool(base.origin, { connections: plan.reports.length });
  const headers = { Authorization: `Bearer ${plan.token}`, 'Content-Type': 'application/json' };
  const counters = plan.reports.map(() => 0);
  let failures = 0;
  const result = await forDuration(plan.seconds * 1000, plan.reports.length, async (worker) => {
    const res = plan.mode === 'health'
      ? await http.request({ method: 'GET', path: `${base.pathname}/health` })
      : await http.request({
        method: 'PUT', path: `${base.pathname}/reports/${plan.reports[worker]}/indicators/i1/score`, headers,
        body: JSON.stringify({ score: String(10 + (counters[worker]++ % 5)), reason: '基准测试' }),
      });
    if (res.statusCode !== 200) failures++;
    // Read to its end and dropped, as wrk does, rather than gathered into one buffer: a reply here is about 5 kB,
    // far below the 128 kB past which dump would cut the connection.
    await res.body.dump();
  });
  await http.close();
  const used = process.cpuUsage(cpu);
  return {
    count: result.count, seconds: result.seconds, p50: percentile(result.latencies, 50), p99: percentile(result.latencies, 99), failures,
    cpuMs: (used.user + used.system) / 1000,
  };
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as LoadPlan).then((result) => {
    process.stdout.write(JSON.stringify(result));
  }, (error) => { console.error(error); process.exit(1); });
}
