import { ChildProcess, spawn } from 'node:child_process';
import { until } from './worker-test-kit';

/** A throw-away redis-server on its own port, for tests that stop Redis under a running feed. */
export async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await until(async () => {
    const probe = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: 'ignore' });
    return new Promise<number | null>((resolve) => probe.on('exit', resolve));
  }, (code) => code === 0, 10000);
  return child;
}

export async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGKILL');
  });
}
