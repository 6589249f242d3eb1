import { randomUUID } from 'node:crypto';
import { useTestDatabase } from '@jixiao/testing';
import { EventMetadata, hashEvent, PostgresEventStore, RecordedEvent, verifyChain } from '.';

const metadata: EventMetadata = {
  actor: { username: 'hn-preparer', role: 'preparer', department: '009' }, at: '2026-11-24T00:00:00.000Z', correlationId: 'c', causationId: null,
};

describe('verifyChain', () => {
  const db = useTestDatabase();
  const store = () => new PostgresEventStore(db.pool);
  const streams: RecordedEvent[][] = [];

  /** What a superuser can do behind the application's back. */
  const behindTheBack = async (sql: string, values: unknown[]) => {
    await db.pool.query('ALTER TABLE events DISABLE TRIGGER events_no_update_or_delete');
    try {
      await db.pool.query(sql, values);
    } finally {
      await db.pool.query('ALTER TABLE events ENABLE TRIGGER events_no_update_or_delete');
    }
  };

  beforeAll(async () => {
    for (let s = 0; s < 3; s++) {
      const stream = `report-${randomUUID()}`;
      const recorded: RecordedEvent[] = [];
      for (let v = 0; v < 4; v++) {
        const head = recorded.at(-1);
        const data = v === 2 ? { signedVersion: 2, headHash: head!.hash } : { indicatorId: 'i1', from: String(v), to: String(v + 1), reason: '测试' };
        recorded.push(...(await store().append(stream, [{ type: v === 2 ? 'ReportSignedOff' : 'SelfScoreChanged', data }], {
          expectedVersion: v, expectedHash: head?.hash ?? null, metadata,
        })));
      }
      streams.push(recorded);
    }
  });

  it('passes an untouched log, every event checked', async () => {
    expect(await verifyChain(db.pool, 5)).toEqual({ checked: 12, streams: 3, broken: null });
  });

  it('names the event whose content was edited with the trigger disabled', async () => {
    const victim = streams[1][1];
    await behindTheBack(`UPDATE events SET data = jsonb_set(data, '{to}', '"15"') WHERE position = $1`, [victim.position]);
    const { broken } = await verifyChain(db.pool, 5);
    expect(broken).toMatchObject({ position: victim.position, streamId: victim.streamId, version: 2, reason: expect.stringContaining('内容与哈希不符') });
  });

  it('names the next event when the forger also recomputed the edited event’s own hash', async () => {
    const [first, second, third] = streams[1];
    const forged = hashEvent(first.hash, { ...second, data: { ...(second.data as object), to: '15' } });
    await behindTheBack(`UPDATE events SET hash = $2 WHERE position = $1`, [second.position, forged]);
    const { broken } = await verifyChain(db.pool);
    expect(broken).toMatchObject({ position: third.position, version: 3, reason: expect.stringContaining('前一事件哈希') });
  });

  it('names a deleted event by the gap it leaves', async () => {
    const [, , third, fourth] = streams[0];
    await behindTheBack(`DELETE FROM events WHERE position = $1`, [third.position]);
    const { broken } = await verifyChain(db.pool);
    expect(broken).toMatchObject({ position: fourth.position, reason: '版本应为 3，实为 4' });
  });
});
