// A worker thread's share of a parallel replay (replay-log.ts): it reads its partition of the log in the
// snapshot it is given, folds it and posts each batch of writes to the parent, which owns the transaction.
import { parentPort, workerData } from 'node:worker_threads';
import { Client, ClientConfig } from 'pg';
import type { Partition } from './log-pages';
import { Coverage, replayPartition } from './replay-partition';
import type { Write } from './lane';

export interface ReplayWorkerData {
  connection: ClientConfig;
  snapshot: string;
  partition: Partition;
  coverage: Coverage;
}

export type ReplayWorkerMessage =
  { writes: Write[] } | { done: Awaited<ReturnType<typeof replayPartition>> } | { failed: string };

async function run({ connection, snapshot, partition, coverage }: ReplayWorkerData): Promise<void> {
  const port = parentPort!;
  const client = new Client(connection);
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, '')}'`);
    let acknowledged: () => void = () => undefined;
    port.on('message', () => acknowledged());
    const sink = (writes: Write[]) =>
      new Promise<void>((resolve) => {
        acknowledged = resolve;
        port.postMessage({ writes } satisfies ReplayWorkerMessage);
      });
    const done = await replayPartition(client, partition, coverage, sink);
    await client.query('COMMIT');
    port.postMessage({ done } satisfies ReplayWorkerMessage);
  } finally {
    await client.end();
  }
}

run(workerData as ReplayWorkerData).catch((error: Error) => {
  parentPort!.postMessage({ failed: error.stack ?? error.message } satisfies ReplayWorkerMessage);
});
