import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { openLogRace, useTestDatabase } from '@jixiao/testing';
import { cursorAfter, LOG_START, LogCursor, readCommittedAfter } from '.';

const insertEvent = (db: Pick<PoolClient, 'query'>, type: string) => db.query(
  `INSERT INTO events (stream_id, version, type, data, metadata, hash) VALUES ($1, 1, $2, '{}', '{}', 'h') RETURNING position`,
  [`report-${randomUUID()}`, type],
);

describe('readCommittedAfter', () => {
  const db = useTestDatabase();

  async function drain(from: LogCursor): Promise<{ types: string[]; cursor: LogCursor }> {
    const events = await readCommittedAfter(db.pool, from, 1000);
    return { types: events.map((e) => e.type), cursor: events.length ? cursorAfter(events[events.length - 1]) : from };
  }

  it('never skips an event whose transaction took a lower position and an older-looking xid but committed later', async () => {
    let { cursor } = await drain(LOG_START);
    const { olderXid, lowerPosition, release } = await openLogRace(db.pool);
    try {
      const low = await insertEvent(lowerPosition, 'LowerPositionLateCommit');
      const high = await insertEvent(olderXid, 'HigherPositionEarlyCommit');
      expect(BigInt(low.rows[0].position)).toBeLessThan(BigInt(high.rows[0].position));
      await olderXid.query('COMMIT');

      const first = await drain(cursor);
      expect(first.types).toEqual(['HigherPositionEarlyCommit']);
      cursor = first.cursor;

      await lowerPosition.query('COMMIT');
      expect((await drain(cursor)).types).toEqual(['LowerPositionLateCommit']);
    } finally {
      release();
    }
  });

  it('does not return an event while its transaction is still open, nor twice after', async () => {
    const { cursor } = await drain(LOG_START);
    const holder = await db.pool.connect();
    try {
      await holder.query('BEGIN');
      await insertEvent(holder, 'Held');
      await insertEvent(db.pool, 'After');
      const whileOpen = await drain(cursor);
      expect(whileOpen.types).toEqual([]);
      await holder.query('COMMIT');
      const afterCommit = await drain(cursor);
      expect(afterCommit.types).toEqual(['Held', 'After']);
      expect((await drain(afterCommit.cursor)).types).toEqual([]);
    } finally {
      holder.release();
    }
  });
});
