import { DataSource } from 'typeorm';
import { Actor, formOf, mayRead } from '@jixiao/domain';
import { createDataSource } from '@jixiao/event-store';
import { catchUpScoreChanges, rebuildProjections, ReportSummaryEntity, ReportView, reportStreams } from '@jixiao/read-models';
import { actors, useTestDatabase } from '@jixiao/testing';
import { generateByCommands } from '../../../../test/support/report-generator';
import { recomputeScores } from '../../../worker/src/jobs/recompute-scores.job';
import { ListScoreChanges, ListScoreChangesHandler } from '../audit/list-score-changes';
import { ReadSource } from '../infrastructure/read-source';
import { ListReports, ListReportsHandler } from '../reports/queries/list-reports';
import { GetStatistics, GetStatisticsHandler, StatisticsQuery } from './get-statistics';
import { expectedFigures, foldedViews, placeDepartments } from './statistics-test-kit';

type ListItem = Awaited<ReturnType<ListReportsHandler['execute']>>['items'][number];

/** Expected figures come from folding each stream with the domain's own evolve, not from the read models. */
describe('read side queries on generated data', () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let views: ReportView[] = [];
  const hnHead: Actor = { username: '009-head', role: 'head', department: '009' };
  const who = [actors.reviewer, hnHead, actors.admin];

  beforeAll(async () => {
    await placeDepartments(db.pool);
    await generateByCommands(db.pool, 80, 3, 4);
    views = await foldedViews(db.pool);
    dataSource = await createDataSource(db.url, [ReportSummaryEntity]).initialize();
  });
  afterAll(() => dataSource?.destroy());

  const visible = (actor: Actor) => views.filter((view) => mayRead(actor, view));

  it('lists with filters, text search and a total, as the events say', async () => {
    const handler = new ListReportsHandler(ReadSource.primaryOnly(db.pool, dataSource));
    const cases: [Actor, Record<string, string>, (v: ReportView) => boolean][] = [
      [actors.reviewer, { fiscalYear: '2024' }, (v) => v.fiscalYear === '2024'],
      [actors.reviewer, { state: 'published', kind: 'project-form' }, (v) => v.state === 'published'],
      [hnHead, { grade: '优' }, (v) => v.grade === '优'],
      [actors.admin, { hasErrors: 'true', department: 'hhbj' }, (v) => v.department === 'hhbj' && v.flags.some((f) => f.severity === 'error')],
      [actors.reviewer, { fiscalYear: '2025', state: 'published' }, (v) => v.fiscalYear === '2025' && v.state === 'published'],
      [actors.admin, { hasErrors: 'false', department: '淮南市财政局' }, (v) => v.departmentName === '淮南市财政局' && !v.flags.some((f) => f.severity === 'error')],
      [hnHead, {}, () => true],
      [actors.admin, { q: '热线' }, (v) => v.title.includes('热线')],
      [actors.admin, { q: '怀化' }, (v) => v.departmentName.includes('怀化')],
    ];
    for (const [actor, filter, matches] of cases) {
      const expected = visible(actor).filter(matches).map((v) => v.id).sort();
      expect(expected.length).toBeGreaterThan(0);
      const result = await handler.execute(new ListReports({ page: 1, pageSize: 200, ...filter } as never, actor));
      expect({ filter, ids: result.items.map((i) => i.id).sort(), total: result.total }).toEqual({ filter, ids: expected, total: expected.length });
    }
  });

  it('pages a sorted list', async () => {
    const handler = new ListReportsHandler(ReadSource.primaryOnly(db.pool, dataSource));
    const page = (n: number) => handler.execute(new ListReports({ page: n, pageSize: 7, sort: 'title' } as never, actors.admin));
    const [first, second] = [await page(1), await page(2)];
    const titles = [...first.items, ...second.items].map((i) => i.title);
    expect(first.total).toBe(views.length);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('pages every sort in both directions: each report once, in order, blank totals last', async () => {
    const handler = new ListReportsHandler(ReadSource.primaryOnly(db.pool, dataSource));
    const keys: Record<string, (v: ListItem) => string | number | null> = {
      updatedAt: (v) => v.updatedAt, title: (v) => v.title, fiscalYear: (v) => v.fiscalYear,
      total: (v) => (v.total.computed === null ? null : Number(v.total.computed)),
    };
    for (const [sort, key] of Object.entries(keys)) {
      for (const direction of [1, -1]) {
        const all: ListItem[] = [];
        for (let n = 1; all.length < views.length; n++) {
          all.push(...(await handler.execute(new ListReports({ page: n, pageSize: 9, sort: direction > 0 ? sort : `-${sort}` } as never, actors.admin))).items);
        }
        expect(new Set(all.map((i) => i.id)).size).toBe(views.length);
        const values = all.map(key);
        const blanks = values.findIndex((v) => v === null);
        if (blanks >= 0) expect(values.slice(blanks).every((v) => v === null)).toBe(true);
        const present = values.filter((v): v is string | number => v !== null);
        expect(present).toEqual([...present].sort((a, b) => (a < b ? -direction : a > b ? direction : 0)));
      }
    }
  });

  it('counts states, grades, error flags, average total and execution rate per department', async () => {
    const handler = new GetStatisticsHandler(ReadSource.primaryOnly(db.pool, dataSource));
    const query = StatisticsQuery.parse({ fiscalYear: '2025', pageSize: '200' });
    const before = await handler.execute(new GetStatistics(query, actors.admin));
    // The counts follow report_summary through a rebuild too (its deletes and pages of inserts).
    await rebuildProjections(db.pool);
    expect(await handler.execute(new GetStatistics(query, actors.admin))).toEqual(before);
    for (const actor of who) {
      const stats = await handler.execute(new GetStatistics(query, actor));
      const mine = visible(actor).filter((v) => v.fiscalYear === '2025');
      expect(stats.overall).toEqual(expectedFigures(mine));
      for (const department of stats.departments) {
        expect(department).toMatchObject(expectedFigures(mine.filter((v) => v.department === department.department)));
      }
      expect(stats.departments.map((d) => d.department).sort()).toEqual([...new Set(mine.map((v) => v.department))].sort());
    }
  });

  it('lists one row per score change by preparer, reviewer and worker, with who, when and why', async () => {
    const streams = reportStreams(db.pool);
    // The generator draws forms at random: take a draft whose first row carries points, and make it a quantity.
    const drafts = views.filter((v) => v.state === 'draft' && v.department === '009' && v.kind === 'project-form');
    const firstRows = await Promise.all(drafts.map(async (v) => formOf((await streams.load(v.id)).document).indicators[0]));
    const at = firstRows.findIndex((row) => /^\d+(\.\d+)?$/.test(row?.weight ?? ''));
    expect(at).toBeGreaterThanOrEqual(0);
    const [draft, indicator] = [drafts[at], firstRows[at]];
    await recomputeScores(db.pool, { reportId: draft.id, version: draft.version, position: '1' });
    const preparer: Actor = { username: '009-preparer', role: 'preparer', department: '009' };
    const asQuantity = { ...indicator, target: '≥10次', actual: '0次', comparator: undefined, unit: undefined };
    const edited = await streams.execute(draft.id, { type: 'SetIndicator', actor: preparer, data: { indicatorId: 'i1', indicator: asQuantity } }, { correlationId: 't' });
    await recomputeScores(db.pool, { reportId: draft.id, version: edited.view.version, position: '2' });

    await catchUpScoreChanges(db.pool); // what the worker's ScoreChangesRunner does beside the job feed
    const handler = new ListScoreChangesHandler(ReadSource.primaryOnly(db.pool, dataSource));
    const all = await handler.execute(new ListScoreChanges({ page: 1, pageSize: 500 }, actors.admin));
    const { rows: events } = await db.pool.query(`SELECT count(*)::int AS n FROM events WHERE type IN ('SelfScoreChanged', 'ScoreAdjusted')`);
    expect(all.items.filter((i) => i.source !== 'system')).toHaveLength(events[0].n);
    expect(all.items.filter((i) => i.source === 'reviewer').every((i) => i.actor.role === 'reviewer')).toBe(true);
    const system = await handler.execute(new ListScoreChanges({ reportId: draft.id, source: 'system', page: 1, pageSize: 50 }, hnHead));
    expect(system.items).toContainEqual(expect.objectContaining({
      indicator: { id: 'i1', name: indicator.name }, from: expect.any(String), to: '0.00',
      actor: { username: 'jixiao-worker', role: 'system', department: null }, source: 'system', reason: expect.stringContaining('重新计算'),
    }));
    const byActor = await handler.execute(new ListScoreChanges({ actor: 'reviewer-2', page: 1, pageSize: 500 }, actors.reviewer));
    expect(byActor.total).toBe(all.items.filter((i) => i.actor.username === 'reviewer-2').length);
    const other = await handler.execute(new ListScoreChanges({ page: 1, pageSize: 500 }, { ...hnHead, department: 'hhbj' }));
    expect(other.items.every((i) => i.report.department === 'hhbj')).toBe(true);
  });

  // Last: it adds read-model rows of its own (copies of one report under new ids), and removes them.
  it('counts a search up to 1000 and says when there are more', async () => {
    const handler = new ListReportsHandler(ReadSource.primaryOnly(db.pool, dataSource));
    const copies = async (n: number, title: string) => db.pool.query(`
      WITH copied AS (
        INSERT INTO report_summary SELECT (jsonb_populate_record(s, jsonb_build_object('id', gen_random_uuid(), 'title', $2::text || g))).*
        FROM report_summary s, generate_series(1, $1::int) g WHERE s.id = (SELECT min(id::text)::uuid FROM report_summary)
        RETURNING id, title, department_name
      ) INSERT INTO report_search SELECT * FROM copied`, [n, title]);
    try {
      await copies(1000, '封顶检索甲');
      await copies(1, '封顶检索乙');
      const search = (q: string) => handler.execute(new ListReports({ page: 1, pageSize: 20, q } as never, actors.admin));
      expect(await search('封顶检索')).toMatchObject({ total: 1000, totalCapped: true, items: expect.any(Array) });
      expect((await search('封顶检索')).items).toHaveLength(20);
      expect(await search('封顶检索甲')).toMatchObject({ total: 1000, totalCapped: false });
      expect(await search('封顶检索乙')).toMatchObject({ total: 1, totalCapped: false });
      const unsearched = await handler.execute(new ListReports({ page: 1, pageSize: 20 } as never, actors.admin));
      expect(unsearched).toMatchObject({ total: views.length + 1001, totalCapped: false });
    } finally {
      await db.pool.query(`DELETE FROM report_search WHERE title LIKE '封顶检索%'`);
      await db.pool.query(`DELETE FROM report_summary WHERE title LIKE '封顶检索%'`);
    }
  });
});
