import type { Pool } from 'pg';
import { EVENT_COLUMNS } from './event-rows';
import { hashEvent } from './hash-chain';

export interface BrokenLink {
  position: string;
  streamId: string;
  version: number;
  type: string;
  reason: string;
}

export interface ChainReport {
  checked: number;
  streams: number;
  broken: BrokenLink | null;
}

interface Head {
  version: number;
  hash: string;
}

const PAGE = 5000;

/** Walks the whole log in commit order and names the first event whose link to its predecessor does not hold. */
export async function verifyChain(pool: Pool, pageSize = PAGE): Promise<ChainReport> {
  const heads = new Map<string, Head>();
  let after = '0';
  let checked = 0;
  for (;;) {
    const { rows } = await pool.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
      [after, pageSize],
    );
    for (const row of rows) {
      const reason = brokenReason(heads.get(row.stream_id) ?? null, row);
      if (reason) return { checked, streams: heads.size, broken: linkOf(row, reason) };
      heads.set(row.stream_id, { version: row.version, hash: row.hash });
      checked++;
    }
    if (rows.length < pageSize) return { checked, streams: heads.size, broken: null };
    after = String(rows[rows.length - 1].position);
  }
}

function brokenReason(head: Head | null, row: Record<string, any>): string | null {
  const expectedVersion = (head?.version ?? 0) + 1;
  if (row.version !== expectedVersion) return `版本应为 ${expectedVersion}，实为 ${row.version}`;
  const expectedPrev = head?.hash ?? null;
  if (row.prev_hash !== expectedPrev) return `前一事件哈希应为 ${expectedPrev ?? '（空）'}，实为 ${row.prev_hash ?? '（空）'}`;
  const recomputed = hashEvent(expectedPrev, {
    streamId: row.stream_id, version: row.version, type: row.type, schemaVersion: row.schema_version,
    data: row.data, metadata: row.metadata,
  });
  if (recomputed !== row.hash) return `内容与哈希不符：存储 ${row.hash}，按内容计算应为 ${recomputed}`;
  // A sign-off or approval binds the head it saw: its recorded hash must be its predecessor's.
  const signed = row.data?.headHash;
  if (typeof signed === 'string' && signed !== expectedPrev) return `签署的版本哈希 ${signed} 与流中前一事件 ${expectedPrev ?? '（空）'} 不符`;
  return null;
}

function linkOf(row: Record<string, any>, reason: string): BrokenLink {
  return { position: String(row.position), streamId: row.stream_id, version: row.version, type: row.type, reason };
}
