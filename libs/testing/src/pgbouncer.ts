import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * PgBouncer (Debian package `pgbouncer`) on a port of its own in front of the shared PostgreSQL, from a scratch
 * configuration directory: every database of the server under its own name, `auth_type = trust`, and a small pool per
 * database and user so that clients really do share server connections. As root it drops to the `postgres` user, or
 * `nobody` (PgBouncer refuses to run as root).
 */
export interface PgBouncer {
  url(database: string): string;
  /** The PgBouncer version, e.g. `1.18.0`. */
  readonly version: string;
  stop(): Promise<void>;
}

export interface PgBouncerOptions {
  /** The server to pool, e.g. postgres://postgres@127.0.0.1:5432/x (only host, port and user are used). */
  serverUrl: string;
  port: number;
  poolMode?: 'session' | 'transaction' | 'statement';
  poolSize?: number;
}

const CANDIDATES = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer'];

/** The pgbouncer binary: found, or installed with apt-get when running as root (as CI does); null when neither. */
export function pgbouncerBinary(): string | null {
  const found = () => CANDIDATES.find((path) => existsSync(path)) ?? null;
  if (found() || process.getuid?.() !== 0) return found();
  const aptGet = (...args: string[]) => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', args, { stdio: 'pipe', env, timeout: 300000 });
  };
  const install = () => aptGet('install', '-y', '-qq', '--no-install-recommends', 'pgbouncer');
  try {
    try {
      install();
    } catch {
      aptGet('update', '-qq'); // a fresh image has no package lists yet
      install();
    }
  } catch {
    return null;
  }
  return found();
}

export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const binary = pgbouncerBinary();
  if (!binary) throw new Error('pgbouncer is not installed (Debian package pgbouncer; scripts/install-system-deps.sh)');
  const server = new URL(options.serverUrl);
  const user = decodeURIComponent(server.username || 'postgres');
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-pgbouncer-'));
  chmodSync(dir, 0o777);
  writeFileSync(join(dir, 'userlist.txt'), `"${user}" ""\n`);
  writeFileSync(join(dir, 'pgbouncer.ini'), [
    '[databases]',
    `* = host=${server.hostname} port=${server.port || 5432}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${options.port}`,
    'unix_socket_dir =',
    'auth_type = trust',
    `auth_file = ${join(dir, 'userlist.txt')}`,
    `pool_mode = ${options.poolMode ?? 'transaction'}`,
    `default_pool_size = ${options.poolSize ?? 2}`,
    'max_client_conn = 200',
    `logfile = ${join(dir, 'pgbouncer.log')}`,
    ...(process.getuid?.() === 0 ? [`user = ${unprivilegedUser()}`] : []),
  ].join('\n') + '\n');
  const child = spawn(binary, [join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const url = (database: string) => `postgres://${encodeURIComponent(user)}@127.0.0.1:${options.port}/${database}`;
  const stop = async () => {
    await ended(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await answering(url('postgres'), child);
  } catch (error) {
    const log = existsSync(join(dir, 'pgbouncer.log')) ? readFileSync(join(dir, 'pgbouncer.log'), 'utf8') : '';
    await stop();
    throw new Error(`pgbouncer did not start: ${(error as Error).message}\n${stderr}${log}`);
  }
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).match(/PgBouncer (\S+)/)?.[1] ?? 'unknown';
  return { url, version, stop };
}

/** PgBouncer refuses to run as root; it drops to this user (the dir and its files are world-writable). */
function unprivilegedUser(): string {
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
    return 'postgres';
  } catch {
    return 'nobody';
  }
}

async function answering(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    const client = new Client({ connectionString: url });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

async function ended(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM'); // PgBouncer's immediate shutdown
  const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exit;
  clearTimeout(timeout);
}
