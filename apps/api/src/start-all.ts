import { fork, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { prepareDatabase } from './create-app';

/** `npm start`: migrations and demo data once, then the API and the worker as two processes. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { migrations, seeded } = await prepareDatabase(config);
  console.log(`[start] migrations applied: ${migrations.length ? migrations.join(', ') : 'none pending'}; demo data ${seeded ? 'seeded' : 'already present or disabled'}`);
  const children: ChildProcess[] = [
    fork(join(__dirname, 'main.js'), { env: { ...process.env, SEED_DEMO_DATA: 'false' } }),
    // The worker's metrics go on a port of their own: WORKER_METRICS_PORT (METRICS_PORT is the API's).
    fork(join(__dirname, '../../worker/src/main.js'), { env: { ...process.env, METRICS_PORT: process.env.WORKER_METRICS_PORT ?? '' } }),
  ];
  const stop = (signal: NodeJS.Signals) => children.forEach((child) => child.kill(signal));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  children.forEach((child) => child.on('exit', (code) => {
    if (code) {
      console.error(`[start] a process exited with code ${code}; stopping`);
      stop('SIGTERM');
      process.exitCode = code;
    }
  }));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `start-up failed: ${(error as Error).message ?? error}`);
  process.exit(1);
});
