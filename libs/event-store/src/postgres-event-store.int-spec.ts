import { randomUUID } from 'node:crypto';
import { useTestDatabase } from '@jixiao/testing';
import { EventMetadata, LOG_START, PostgresEventStore, readCommittedAfter, RequirementNotMet, StaleVersion, hashEvent } from '.';

const metadata: EventMetadata = {
  actor: { username: 'hn-preparer', role: 'preparer', department: '009' },
  at: '2026-11-24T00:00:00.000Z',
  correlationId: 'c-1',
  causationId: null,
};

describe('PostgresEventStore', () => {
  const db = useTestDatabase();
  const store = () => new PostgresEventStore(db.pool);
  const appendAt = (stream: string, expectedVersion: number, expectedHash: string | null, type = 'Tested') =>
    store().append(stream, [{ type, data: { n: expectedVersion } }], { expectedVersion, expectedHash, metadata });

  it('appends events with consecutive versions, a global position and a hash chain', async () => {
    const stream = `report-${randomUUID()}`;
    const [first] = await appendAt(stream, 0, null);
    const [second] = await appendAt(stream, 1, first.hash);
    const read = await store().readStream(stream);
    expect(read.map((e) => e.version)).toEqual([1, 2]);
    expect(BigInt(second.position)).toBeGreaterThan(BigInt(first.position));
    expect(read[1].prevHash).toBe(read[0].hash);
    expect(read[1].hash).toBe(hashEvent(read[0].hash, { ...read[1] }));
  });

  it('lets exactly one of many concurrent writers append at the same version', async () => {
    const stream = `report-${randomUUID()}`;
    const [first] = await appendAt(stream, 0, null);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => appendAt(stream, 1, first.hash)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(9);
    rejected.forEach((r) => expect(r.reason).toBeInstanceOf(StaleVersion));
    expect((await store().readStream(stream)).map((e) => e.version)).toEqual([1, 2]);
  });

  it('refuses an expected version ahead of the stream, leaving no gap', async () => {
    const stream = `report-${randomUUID()}`;
    await appendAt(stream, 0, null);
    await expect(appendAt(stream, 5, null)).rejects.toBeInstanceOf(StaleVersion);
    expect(await store().readStream(stream)).toHaveLength(1);
  });

  it('rolls back the events when the work sharing their transaction fails', async () => {
    const stream = `report-${randomUUID()}`;
    const failing = store().append(stream, [{ type: 'Tested', data: {} }], {
      expectedVersion: 0, expectedHash: null, metadata,
      inTransaction: async () => { throw new Error('projection failed'); },
    });
    await expect(failing).rejects.toThrow('projection failed');
    expect(await store().readStream(stream)).toHaveLength(0);
  });

  it('runs its unit of work with the events, and none of it when the append is refused', async () => {
    await db.pool.query('CREATE TABLE IF NOT EXISTS side_effects (stream text, note text)');
    const stream = `report-${randomUUID()}`;
    const append = (expectedVersion: number, expectedHash: string | null, note: string) =>
      store().append(stream, [{ type: 'Tested', data: { note } }], {
        expectedVersion, expectedHash, metadata,
        inTransaction: async (tx, recorded) => {
          await tx.query('INSERT INTO side_effects VALUES ($1, $2)', [recorded[0].streamId, note]);
        },
      });
    const [first] = await append(0, null, 'first');
    await expect(append(0, null, 'stale')).rejects.toBeInstanceOf(StaleVersion);
    await expect(append(5, first.hash, 'ahead')).rejects.toBeInstanceOf(StaleVersion);
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => append(1, first.hash, `racer-${i}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const { rows } = await db.pool.query('SELECT note FROM side_effects WHERE stream = $1', [stream]);
    expect(rows.map((r) => r.note).sort()).toEqual(['first', expect.stringMatching(/^racer-\d$/)]);
    expect(await store().readStream(stream)).toHaveLength(2);
  });

  it('runs its alongside writes in the append statement, and none of them when the append is refused', async () => {
    await db.pool.query('CREATE TABLE IF NOT EXISTS side_notes (stream text, note text, events int)');
    const stream = `report-${randomUUID()}`;
    const writes = [
      { as: 'noted', sql: `INSERT INTO side_notes SELECT input->>'stream', input->>'note', 0 FROM alongside_input RETURNING note` },
      // A later write may read an earlier one by name; both see the events only through the input's presence.
      { as: 'echoed', sql: `INSERT INTO side_notes SELECT input->>'stream', 'echo ' || note, 0 FROM noted, alongside_input` },
    ];
    const append = (expectedVersion: number, expectedHash: string | null, note: string, count = 1) =>
      store().append(stream, Array.from({ length: count }, () => ({ type: 'Tested', data: { note } })), {
        expectedVersion, expectedHash, metadata, alongside: { name: 'test-side-notes', input: { stream, note }, writes },
      });
    const [first] = await append(0, null, 'first');
    await expect(append(0, null, 'stale')).rejects.toBeInstanceOf(StaleVersion);
    await expect(append(5, first.hash, 'ahead')).rejects.toBeInstanceOf(StaleVersion);
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => append(1, first.hash, `racer-${i}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [, racer] = await store().readStream(stream);
    await append(2, racer.hash, 'two at once', 2);
    const { rows } = await db.pool.query('SELECT note FROM side_notes WHERE stream = $1', [stream]);
    const notes = rows.map((r) => r.note).sort();
    expect(notes).toHaveLength(6);
    expect(notes).toEqual(expect.arrayContaining(['first', 'echo first', 'two at once', 'echo two at once']));
    expect(notes.filter((note) => /^(echo )?racer-\d$/.test(note))).toHaveLength(2);
    expect((await store().readStream(stream)).map((e) => e.version)).toEqual([1, 2, 3, 4]);
    await expect(store().append(stream, [{ type: 'Tested', data: {} }], {
      expectedVersion: 4, expectedHash: null, metadata, alongside: { name: 'bad', input: {}, writes: [{ as: 'appended', sql: 'SELECT 1' }] },
    })).rejects.toThrow(/alongside/);
  });

  it('appends only while its requirement holds, checked in its own statement, alone, with alongside writes or in a transaction', async () => {
    await db.pool.query('CREATE TABLE IF NOT EXISTS gates (name text PRIMARY KEY, open boolean)');
    await db.pool.query(`INSERT INTO gates VALUES ('g', true) ON CONFLICT (name) DO UPDATE SET open = true`);
    await db.pool.query('CREATE TABLE IF NOT EXISTS gated_notes (stream text, note text)');
    const stream = `report-${randomUUID()}`;
    const requires = { name: 'test-gate', sql: `EXISTS (SELECT 1 FROM gates WHERE name = input->>'gate' AND open)`, input: { gate: 'g' } };
    const alongside = { name: 'test-gated-notes', input: { stream }, writes: [{ as: 'noted', sql: `INSERT INTO gated_notes SELECT input->>'stream', 'noted' FROM alongside_input` }] };
    const inTransaction = async (tx: { query: (sql: string, values: unknown[]) => Promise<unknown> }) => { await tx.query(`INSERT INTO gated_notes VALUES ($1, 'in transaction')`, [stream]); };
    const ways = [{}, { alongside }, { inTransaction }];
    const appendEach = async (events: number) => {
      for (const way of ways) {
        const read = await store().readStream(stream);
        await store().append(stream, Array.from({ length: events }, () => ({ type: 'Tested', data: {} })), {
          expectedVersion: read.length, expectedHash: read.at(-1)?.hash ?? null, metadata, requires, ...way,
        });
      }
    };
    await appendEach(1);
    await appendEach(2);
    expect(await store().readStream(stream)).toHaveLength(9);

    await db.pool.query(`UPDATE gates SET open = false WHERE name = 'g'`);
    for (const events of [1, 2]) await expect(appendEach(events)).rejects.toBeInstanceOf(RequirementNotMet);
    for (const way of ways.slice(1)) {
      const read = await store().readStream(stream);
      await expect(store().append(stream, [{ type: 'Tested', data: {} }], { expectedVersion: read.length, expectedHash: read.at(-1)!.hash, metadata, requires, ...way }))
        .rejects.toBeInstanceOf(RequirementNotMet);
    }
    // A stale version is still told as one while the requirement holds.
    await db.pool.query(`UPDATE gates SET open = true WHERE name = 'g'`);
    await expect(store().append(stream, [{ type: 'Tested', data: {} }], { expectedVersion: 1, expectedHash: null, metadata, requires })).rejects.toBeInstanceOf(StaleVersion);
    expect(await store().readStream(stream)).toHaveLength(9);
    const { rows } = await db.pool.query('SELECT note, count(*)::int AS n FROM gated_notes WHERE stream = $1 GROUP BY note ORDER BY note', [stream]);
    expect(rows).toEqual([{ note: 'in transaction', n: 2 }, { note: 'noted', n: 2 }]);
  });

  it('refuses to rewrite history: UPDATE, DELETE and TRUNCATE fail in the database', async () => {
    await appendAt(`report-${randomUUID()}`, 0, null);
    await expect(db.pool.query(`UPDATE events SET data = '{}'`)).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`DELETE FROM events`)).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`TRUNCATE events`)).rejects.toThrow(/append-only/);
  });

  it('reads the committed log, never past a transaction still open', async () => {
    const stream = `report-${randomUUID()}`;
    const [before] = await appendAt(stream, 0, null);
    const holder = await db.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(
        `INSERT INTO events (stream_id, version, type, data, metadata, hash) VALUES ($1, 1, 'Late', '{}', '{}', 'x')`,
        [`report-${randomUUID()}`],
      );
      const [after] = await appendAt(stream, 1, before.hash);
      const visible = await readCommittedAfter(db.pool, LOG_START, 100000);
      expect(visible.map((e) => e.position)).not.toContain(after.position);
      await holder.query('COMMIT');
      const all = await readCommittedAfter(db.pool, LOG_START, 100000);
      expect(all.map((e) => e.type)).toContain('Late');
      expect(all.map((e) => e.position)).toContain(after.position);
    } finally {
      holder.release();
    }
  });
});
