import { documentsStreamOf } from '@jixiao/domain';
import { APP_ROLE, createPool, PostgresEventStore } from '@jixiao/event-store';
import { useTestDatabase } from '@jixiao/testing';
import { generateByCommands } from '../../../../test/support/report-generator';
import fc from 'fast-check';
import { reportStreams } from '../report-read-models';
import { catchUpScoreChanges, rebuildProjections, SCORE_CHANGES, verifyProjections } from '.';
import { UTC_TIMESTAMPS_AS_ISO } from './utc-timestamp';

const asRole = (url: string, role: string) => Object.assign(new URL(url), { username: role }).toString();

describe('projections', () => {
  const db = useTestDatabase();
  const count = async (sql: string) => Number((await db.pool.query(sql)).rows[0].count);

  beforeAll(async () => {
    await generateByCommands(db.pool, 60, 7, 4);
  });

  it('rebuilds into a scratch schema identical to the live, inline-projected read models', async () => {
    await catchUpScoreChanges(db.pool);
    const { differences, events } = await verifyProjections(db.pool);
    expect(events).toBe(await count('SELECT count(*) FROM events'));
    expect(differences).toEqual([]);
    expect(await count(`SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'projection_verify_%'`)).toBe(0);
  });

  it('names each difference between the live models and the events', async () => {
    const {
      rows: [victim],
    } = await db.pool.query(`SELECT id, total_computed FROM report_summary ORDER BY id LIMIT 1`);
    await db.pool.query(`UPDATE report_summary SET total_computed = total_computed + 1 WHERE id = $1`, [victim.id]);
    await db.pool.query(
      `DELETE FROM score_changes WHERE (position, seq) = (SELECT position, seq FROM score_changes ORDER BY position LIMIT 1)`,
    );
    const { differences } = await verifyProjections(db.pool);
    expect(differences).toEqual([
      {
        table: 'report_summary',
        key: victim.id,
        kind: 'changed',
        fields: [{ field: 'total_computed', live: Number(victim.total_computed) + 1, rebuilt: Number(victim.total_computed) }],
      },
      expect.objectContaining({ table: 'score_changes', kind: 'missing' }),
      // the summary's trigger counted the edited total too
      expect.objectContaining({
        table: 'report_counts',
        kind: 'changed',
        fields: [expect.objectContaining({ field: 'computed_sum' })],
      }),
    ]);
  });

  it('counts the reports afresh on rebuild, and verify names a count that drifted from the summaries', async () => {
    await rebuildProjections(db.pool);
    await db.pool.query(
      `UPDATE report_counts SET reports = reports + 1 WHERE ctid = (SELECT ctid FROM report_counts WHERE reports > 0 LIMIT 1)`,
    );
    const { differences } = await verifyProjections(db.pool);
    expect(differences).toEqual([
      expect.objectContaining({
        table: 'report_counts',
        kind: 'changed',
        fields: [expect.objectContaining({ field: 'reports' })],
      }),
    ]);
    await rebuildProjections(db.pool);
    expect((await verifyProjections(db.pool)).differences).toEqual([]);
  });

  it('rebuilds every read model from the events, after which verify finds nothing', async () => {
    const before = (await db.pool.query(`SELECT * FROM report_view ORDER BY id`)).rows.length;
    const result = await rebuildProjections(db.pool);
    expect(result.reports).toBe(before);
    expect((await verifyProjections(db.pool)).differences).toEqual([]);
  });

  it('rebuilds the same read models folded in worker threads (the reports shared among them) as in its own thread', async () => {
    const snapshot = async () => ({
      views: (await db.pool.query(`SELECT id, view, public_view FROM report_view ORDER BY id`)).rows,
      summaries: (await db.pool.query(`SELECT * FROM report_summary ORDER BY id`)).rows,
      changes: (await db.pool.query(`SELECT * FROM score_changes ORDER BY position, seq`)).rows,
    });
    const alone = await rebuildProjections(db.pool, { threads: 0 });
    const before = await snapshot();
    const shared = await rebuildProjections(db.pool, { threads: 3 });
    expect(shared).toEqual(alone);
    expect(await snapshot()).toEqual(before);
    expect(await rebuildProjections(db.pool, { threads: 1 })).toEqual(alone);
    expect(await snapshot()).toEqual(before);
    expect((await verifyProjections(db.pool, { threads: 2 })).differences).toEqual([]);
  });

  it("counts the worker's document receipts among the replayed events and leaves their bodies unread: the same read models with or without them", async () => {
    const readModels = async () => ({
      views: (await db.pool.query(`SELECT id, view, public_view FROM report_view ORDER BY id`)).rows,
      summaries: (await db.pool.query(`SELECT * FROM report_summary ORDER BY id`)).rows,
      changes: (await db.pool.query(`SELECT * FROM score_changes ORDER BY position, seq`)).rows,
    });
    const without = await rebuildProjections(db.pool);
    const models = await readModels();
    const { rows } = await db.pool.query(`SELECT id, version FROM report_summary ORDER BY id LIMIT 5`);
    const store = new PostgresEventStore(db.pool);
    for (const { id, version } of rows) {
      const metadata = {
        actor: { username: 'worker', role: 'system', department: null },
        at: new Date().toISOString(),
        correlationId: 'job:1',
        causationId: null,
      };
      await store.append(
        documentsStreamOf(id),
        [{ type: 'DocumentsRendered', data: { reportId: id, reportVersion: version, documents: [] } }],
        {
          expectedVersion: 0,
          expectedHash: null,
          metadata: metadata as never,
        },
      );
    }
    for (const threads of [0, 1]) {
      const withReceipts = await rebuildProjections(db.pool, { threads });
      expect(withReceipts).toEqual({ ...without, events: without.events + rows.length });
      expect(await readModels()).toEqual(models);
    }
    expect((await verifyProjections(db.pool)).differences).toEqual([]);
  });

  it('rebuilds each read model beside its live table and puts it in its place as declared: indexes, constraints, keys, triggers, grants', async () => {
    const tables = ['report_summary', 'report_search', 'report_view', 'score_changes'];
    const declaration = async () => ({
      indexes: (await db.pool.query(`SELECT indexdef FROM pg_indexes WHERE tablename = ANY($1) ORDER BY indexname`, [tables]))
        .rows,
      constraints: (
        await db.pool.query(
          `SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
           WHERE conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[]) ORDER BY 1, 2`,
          [tables],
        )
      ).rows,
      triggers: (
        await db.pool.query(
          `SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid = ANY($1::regclass[]) AND NOT tgisinternal ORDER BY 1`,
          [tables],
        )
      ).rows,
      columns: (
        await db.pool.query(
          `SELECT attrelid::regclass::text AS table, attname, attstorage, attcompression, attnotnull FROM pg_attribute
           WHERE attrelid = ANY($1::regclass[]) AND attnum > 0 AND NOT attisdropped ORDER BY 1, attnum`,
          [tables],
        )
      ).rows,
      access: (
        await db.pool.query(
          `SELECT relname, relowner::regrole::text AS owner, relacl::text[] AS acl FROM pg_class WHERE oid = ANY($1::regclass[]) ORDER BY 1`,
          [tables],
        )
      ).rows,
    });
    await catchUpScoreChanges(db.pool);
    await db.pool.query(`GRANT SELECT ON score_changes, report_summary TO PUBLIC`);
    const before = await declaration();
    expect(before.indexes.length).toBeGreaterThanOrEqual(20);
    expect(before.constraints.filter((c) => c.def.startsWith('FOREIGN KEY'))).toHaveLength(2);
    expect(before.triggers.length).toBeGreaterThanOrEqual(4);
    for (const { acl } of before.access) expect(acl.join()).toContain(APP_ROLE);
    const rows = await count('SELECT count(*) FROM score_changes');
    expect(rows).toBeGreaterThan(0);

    await rebuildProjections(db.pool);

    expect(await declaration()).toEqual(before);
    expect(await count('SELECT count(*) FROM score_changes')).toBe(rows);
    expect(await count(`SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'projection_rebuild_%'`)).toBe(0);
    expect((await verifyProjections(db.pool)).differences).toEqual([]);
    const app = createPool(asRole(db.url, APP_ROLE), 1);
    try {
      await app.query('BEGIN');
      await app.query(`INSERT INTO score_changes SELECT position + 1000000, seq, report_id, revision, fiscal_year, department,
        indicator_id, indicator_name, from_score, to_score, actor_username, actor_role, actor_department, at, reason, source
        FROM score_changes LIMIT 1`);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });

  it('leaves the score-changes checkpoint at the last committed event, so a catch-up after it finds nothing', async () => {
    await rebuildProjections(db.pool);
    const {
      rows: [last],
    } = await db.pool.query(
      `SELECT transaction_id::text AS transaction_id, position FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1`,
    );
    const {
      rows: [checkpoint],
    } = await db.pool.query(
      `SELECT transaction_id::text AS transaction_id, position FROM projection_checkpoints WHERE name = $1`,
      [SCORE_CHANGES],
    );
    expect(checkpoint).toEqual(last);
    expect((await catchUpScoreChanges(db.pool)).events).toBe(0);
  });

  it('catches a read model added later up from position 0, one row per score change event', async () => {
    await db.pool.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [SCORE_CHANGES]);
    await db.pool.query(`DELETE FROM score_changes`);
    const result = await catchUpScoreChanges(db.pool);
    const changes = await count(`SELECT count(*) FROM events WHERE type IN ('SelfScoreChanged', 'ScoreAdjusted')`);
    expect(changes).toBeGreaterThan(0);
    expect(result.rows).toBe(changes);
    expect(await count('SELECT count(*) FROM score_changes')).toBe(changes);
    const { rows } = await db.pool.query(`SELECT position FROM projection_checkpoints WHERE name = $1`, [SCORE_CHANGES]);
    expect(rows[0].position).toBe((await db.pool.query('SELECT max(position) AS max FROM events')).rows[0].max);
    expect((await catchUpScoreChanges(db.pool)).events).toBe(0);
  });

  it("reads each event's time as the store reads it, to the millisecond, whatever its microseconds and year", async () => {
    const instant = fc.record({
      ms: fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
      micros: fc.integer({ min: 0, max: 999 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(instant, { minLength: 1, maxLength: 50 }), async (instants) => {
        const texts = instants.map(
          ({ ms, micros }) => `${new Date(ms).toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}Z`,
        );
        const { rows } = await db.pool.query({
          text: `SELECT t AS stored, t AT TIME ZONE 'UTC' AS replayed FROM unnest($1::timestamptz[]) t`,
          values: [texts],
          types: UTC_TIMESTAMPS_AS_ISO,
        });
        expect(rows.map((row) => row.replayed)).toEqual(rows.map((row) => new Date(row.stored).toISOString()));
      }),
      { numRuns: 30 },
    );
  });

  it('lets a command that waited on the rebuild write over it once the rebuilt tables are in place', async () => {
    // One connection: the command's named statements were planned against the tables the rebuild replaces.
    const pool = createPool(db.url, 1);
    const streams = reportStreams(pool);
    const retitle = (id: string, department: string, title: string) =>
      streams.execute(
        id,
        {
          type: 'EditReportDetails',
          actor: { username: `${department}-preparer`, role: 'preparer', department },
          data: { title },
        },
        { correlationId: 'rebuild-wait' },
      );
    try {
      const {
        rows: [draft],
      } = await db.pool.query(`SELECT id, department FROM report_summary WHERE state = 'draft' ORDER BY id LIMIT 1`);
      await retitle(draft.id, draft.department, '重建前的标题');
      const rebuilt = rebuildProjections(db.pool);
      await until(`SELECT 1 FROM pg_locks WHERE relation = 'report_view'::regclass AND mode = 'ExclusiveLock' AND granted`);
      const waited = retitle(draft.id, draft.department, '重建期间改的标题');
      await until(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%report_summary%'`);
      await rebuilt;
      const { view } = await waited;
      expect(view.title).toBe('重建期间改的标题');
      const { rows } = await db.pool.query(
        `SELECT s.title, v.view->>'title' AS view_title, r.title AS search_title FROM report_summary s
         JOIN report_view v USING (id) JOIN report_search r USING (id) WHERE s.id = $1`,
        [draft.id],
      );
      expect(rows).toEqual([{ title: '重建期间改的标题', view_title: '重建期间改的标题', search_title: '重建期间改的标题' }]);
      expect((await verifyProjections(db.pool)).differences).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('gives way to a reader that holds one rebuilt table and then asks for another, and swaps after it', async () => {
    const reader = await db.pool.connect();
    try {
      await reader.query('BEGIN');
      await reader.query('SELECT count(*) FROM report_view');
      const rebuilt = rebuildProjections(db.pool);
      rebuilt.catch(() => undefined);
      // The swap waits for report_view, which the reader holds, while the reader is about to ask for report_summary.
      await until(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
        AND (query LIKE 'LOCK TABLE%ACCESS EXCLUSIVE%' OR query LIKE 'DROP TABLE%')`);
      const {
        rows: [{ count }],
      } = await reader.query('SELECT count(*)::int AS count FROM report_summary');
      await reader.query('COMMIT');
      expect(count).toBeGreaterThan(0);
      await expect(rebuilt).resolves.toMatchObject({ reports: count });
      expect((await verifyProjections(db.pool)).differences).toEqual([]);
    } finally {
      reader.release();
    }
  });

  /** Waits until the query finds a row: what another connection is doing, seen from the catalogue. */
  async function until(sql: string): Promise<void> {
    for (let tries = 0; tries < 500; tries++) {
      if ((await db.pool.query(sql)).rows.length) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`never true: ${sql}`);
  }
});
