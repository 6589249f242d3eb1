import { DataSource } from 'typeorm';
import { Actor, InvalidInput, mayRead } from '@jixiao/domain';
import { createDataSource } from '@jixiao/event-store';
import { ReportSummaryEntity, ReportView } from '@jixiao/read-models';
import { useTestDatabase } from '@jixiao/testing';
import { DEPARTMENTS, generateByCommands } from '../../../../test/support/report-generator';
import { ReadSource } from '../infrastructure/read-source';
import { GetStatistics, GetStatisticsHandler, StatisticsQuery } from './get-statistics';
import { childrenOf, expectedFigures, foldedViews, isWithin, pathOf, placeDepartments, REGIONS, scopeOf } from './statistics-test-kit';

const regionBound = (role: 'reviewer' | 'auditor' | 'admin', region: string): Actor =>
  ({ username: `${role}-${region}`, role, department: null, region, scope: scopeOf(region) });
const admin: Actor = { username: 'admin', role: 'admin', department: null };
const provinceReviewer = regionBound('reviewer', 'demo');
const cityReviewer = regionBound('reviewer', '340400');
const cityAdmin = regionBound('admin', '431200');
const auditor = regionBound('auditor', 'demo');
const head: Actor = { username: '009-head', role: 'head', department: '009' };

const nameOf = (region: string) => REGIONS.find(([code]) => code === region)![1];
const unique = (values: string[]) => [...new Set(values)].sort();

/** Expected figures come from the views the domain folds from each stream, placed in the regions by the test's own tree. */
describe('GetStatistics by region, on generated data', () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let handler: GetStatisticsHandler;
  let views: ReportView[] = [];

  beforeAll(async () => {
    await placeDepartments(db.pool);
    await generateByCommands(db.pool, 60, 7, 4);
    views = await foldedViews(db.pool);
    dataSource = await createDataSource(db.url, [ReportSummaryEntity]).initialize();
    handler = new GetStatisticsHandler(ReadSource.primaryOnly(db.pool, dataSource));
  });
  afterAll(() => dataSource?.destroy());

  const statistics = (actor: Actor, query: Record<string, string> = {}) =>
    handler.execute(new GetStatistics(StatisticsQuery.parse(query), actor));

  /** What the whole answer should be, every department on one page. */
  function expected(actor: Actor, region: string | null, fiscalYear?: string) {
    const mine = views.filter((v) => mayRead(actor, v) && (!fiscalYear || v.fiscalYear === fiscalYear));
    const inRegion = region === null ? mine : mine.filter((v) => isWithin(v.department, region));
    const children = region === null ? childrenOf(null).flatMap(childrenOf) : childrenOf(region);
    const departments = unique(inRegion.map((v) => v.department));
    const home = actor.region ?? null;
    // From below the account's own region (or below the roots) down to the selected one.
    const trail = region === null ? [] : pathOf(region).slice(home === null ? 1 : pathOf(home).length);
    return {
      fiscalYear: fiscalYear ?? null,
      region: region === null ? null : { code: region, name: nameOf(region) },
      home: home === null ? null : { code: home, name: nameOf(home) },
      trail: trail.map((code) => ({ code, name: nameOf(code) })),
      overall: expectedFigures(inRegion),
      regions: children.map((code) => ({ code, below: inRegion.filter((v) => isWithin(v.department, code)) }))
        .filter(({ below }) => below.length > 0)
        .map(({ code, below }) => ({
          region: code, regionName: nameOf(code), departments: unique(below.map((v) => v.department)).length, ...expectedFigures(below),
        })),
      departments: departments.map((code) => ({
        department: code, departmentName: DEPARTMENTS.find((d) => d.code === code)!.name,
        ...expectedFigures(inRegion.filter((v) => v.department === code)),
      })),
      departmentsTotal: departments.length,
      page: 1,
      pageSize: 200,
    };
  }

  it('starts at the account\'s own region, or below the roots for an account without one', async () => {
    const cases: [Actor, string | null][] = [
      [admin, null], [provinceReviewer, 'demo'], [cityReviewer, '340400'], [cityAdmin, '431200'], [auditor, 'demo'], [head, null],
    ];
    for (const [actor, region] of cases) {
      for (const fiscalYear of [undefined, '2024']) {
        const answer = await statistics(actor, { pageSize: '200', ...(fiscalYear ? { fiscalYear } : {}) });
        expect({ who: actor.username, answer }).toEqual({ who: actor.username, answer: expected(actor, region, fiscalYear) });
      }
    }
    // The generated data reaches every level: two cities, a county, and a department of the province itself.
    const top = await statistics(admin);
    expect(top.regions.map((r) => r.region)).toEqual(['340400', '431200']);
    expect(top.departments.map((d) => d.department)).toEqual(['009', 'd03', 'd04', 'hhbj']);
  });

  it('drills down into a region: its subtree\'s figures, a row per child region with reports, its departments', async () => {
    const cases: [Actor, string][] = [
      [admin, 'demo'], [admin, '340400'], [admin, '340421'], [admin, '340422'], [admin, 'other'],
      [provinceReviewer, '340400'], [provinceReviewer, '431200'], [auditor, '340421'], [cityReviewer, '340421'], [head, '340400'], [head, '431200'],
    ];
    for (const [actor, region] of cases) {
      const answer = await statistics(actor, { region, pageSize: '200' });
      expect({ who: actor.username, answer }).toEqual({ who: actor.username, answer: expected(actor, region) });
    }
    expect((await statistics(admin, { region: '340400' })).regions.map((r) => r.region)).toEqual(['340421']);
    expect(await statistics(admin, { region: 'other' })).toMatchObject({ overall: { reports: 0 }, regions: [], departments: [], departmentsTotal: 0 });
  });

  it('pages the departments: the pages together are every department once, in code order, with the same totals', async () => {
    for (const [actor, query] of [[admin, {}], [provinceReviewer, { fiscalYear: '2025' }], [cityReviewer, {}]] as const) {
      const whole = await statistics(actor, { ...query, pageSize: '200' });
      for (const pageSize of [1, 3]) {
        const seen: string[] = [];
        for (let page = 1; ; page++) {
          const answer = await statistics(actor, { ...query, page: String(page), pageSize: String(pageSize) });
          expect(answer).toEqual({ ...whole, departments: whole.departments.slice((page - 1) * pageSize, page * pageSize), page, pageSize });
          if (answer.departments.length === 0) break;
          seen.push(...answer.departments.map((d) => d.department));
        }
        expect(seen).toEqual(whole.departments.map((d) => d.department));
        expect(seen).toHaveLength(whole.departmentsTotal);
      }
    }
    expect((await statistics(admin)).pageSize).toBe(50);
  });

  it('refuses a region outside the account\'s own, or unknown, naming region', async () => {
    const cases: [Actor, string][] = [
      [cityReviewer, 'demo'], [cityReviewer, '431200'], [cityAdmin, '340421'], [auditor, 'other-01'], [admin, '000000'], [head, 'nowhere'],
    ];
    for (const [actor, region] of cases) {
      const refusal = await statistics(actor, { region }).then(() => null, (error: unknown) => error);
      expect({ who: actor.username, region, refusal }).toEqual({ who: actor.username, region, refusal: expect.any(InvalidInput) });
      expect((refusal as InvalidInput).problems).toEqual([{ path: 'region', message: expect.stringContaining(`区划 ${region}`) }]);
    }
  });
});
