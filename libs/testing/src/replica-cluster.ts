import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A PostgreSQL primary and its streaming replica (pg_basebackup + standby.signal) on ports of their own, from the
 * Debian PostgreSQL binaries already on the machine; the primary is a scratch cluster, so the shared one keeps its
 * configuration. As root the servers run as the `postgres` user (PostgreSQL refuses to run as root).
 */
export interface ReplicaCluster {
  primaryUrl: (database?: string) => string;
  replicaUrl: (database?: string) => string;
  stop(): void;
}

export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    if (existsSync(join(root, version, 'bin', 'pg_basebackup'))) return join(root, version, 'bin');
  }
  throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql (Debian package postgresql)');
}

export function canStartReplicaCluster(): boolean {
  try {
    postgresBinDir();
    return process.getuid?.() !== 0 || spawnSync('id', ['postgres']).status === 0;
  } catch {
    return false;
  }
}

export function startReplicaCluster(primaryPort: number, replicaPort: number): ReplicaCluster {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-replica-'));
  chmodSync(dir, 0o777);
  const asServer = (command: string, args: string[]) => {
    const [file, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    execFileSync(file, argv, { stdio: 'pipe', cwd: dir });
  };
  const primary = join(dir, 'primary');
  const replica = join(dir, 'replica');
  asServer('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  appendFileSync(join(primary, 'postgresql.conf'), [
    `port = ${primaryPort}`, `listen_addresses = '127.0.0.1'`, `unix_socket_directories = '${dir}'`,
    'wal_level = replica', 'max_wal_senders = 4', 'fsync = off', 'synchronous_commit = on',
  ].join('\n') + '\n');
  appendFileSync(join(primary, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n');
  asServer('pg_ctl', ['-D', primary, '-l', join(dir, 'primary.log'), '-w', 'start']);
  const stop = () => {
    for (const data of [replica, primary]) {
      if (existsSync(join(data, 'postmaster.pid'))) {
        try { asServer('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already gone */ }
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    asServer('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream']);
    appendFileSync(join(replica, 'postgresql.conf'), `port = ${replicaPort}\nhot_standby = on\n`);
    writeFileSync(join(replica, 'standby.signal'), '');
    asServer('pg_ctl', ['-D', replica, '-l', join(dir, 'replica.log'), '-w', 'start']);
  } catch (error) {
    stop();
    throw error;
  }
  const url = (port: number) => (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return { primaryUrl: url(primaryPort), replicaUrl: url(replicaPort), stop };
}

/** Waits until the replica has replayed the primary's current WAL position. */
export async function replicaCaughtUp(primaryUrl: string, replicaUrl: string, timeoutMs = 10000): Promise<void> {
  const primary = new Client({ connectionString: primaryUrl });
  const replica = new Client({ connectionString: replicaUrl });
  await primary.connect();
  await replica.connect();
  try {
    const { rows } = await primary.query('SELECT pg_current_wal_lsn() AS lsn');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const caught = await replica.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [rows[0].lsn]);
      if (caught.rows[0].ok) return;
      if (Date.now() > deadline) throw new Error('replica did not catch up');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await primary.end();
    await replica.end();
  }
}
