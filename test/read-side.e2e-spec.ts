import { catchUpScoreChanges } from '@jixiao/read-models';
import { hotline } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

describe('the read side over HTTP', () => {
  const { as, http, db } = useTestApp();

  it('refuses bad query parameters with a 400 naming the field', async () => {
    const reviewer = await as('reviewer');
    const cases: [string, string][] = [
      ['/api/stats?fiscalYear=abc', 'fiscalYear'],
      ['/api/stats?year=2024', 'year'],
      ['/api/stats?page=0', 'page'],
      ['/api/stats?pageSize=201', 'pageSize'],
      ['/api/stats?region=', 'region'],
      ['/api/score-changes?reportId=42', 'reportId'],
      ['/api/score-changes?pageSize=0', 'pageSize'],
      ['/api/score-changes?source=robot', 'source'],
      ['/api/reports?hasErrors=yes', 'hasErrors'],
    ];
    for (const [url, field] of cases) {
      const res = await reviewer.get(url);
      expect({ url, status: res.status, paths: res.body.errors?.map((e: { path: string }) => e.path) }).toEqual({ url, status: 400, paths: [field] });
    }
    await http().get('/api/stats').expect(401);
  });

  it('narrows statistics to a region the account may see, and refuses any other region with a 400 naming region', async () => {
    const cityReviewer = await as('hn-reviewer');
    const own = await cityReviewer.get('/api/stats').expect(200);
    expect(own.body).toMatchObject({ region: { code: '340400', name: '淮南市财政局' }, page: 1, pageSize: 50 });
    for (const region of ['431200', 'demo', '不存在的区划']) {
      const res = await cityReviewer.get(`/api/stats?region=${encodeURIComponent(region)}`).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual([{ path: 'region', message: `区划 ${region} 不存在，或不在本账号可查看的范围内` }]);
    }
    const province = await (await as('reviewer')).get('/api/stats?region=431200').expect(200);
    expect(province.body.region).toEqual({ code: '431200', name: '怀化市财政局' });
    const head = await (await as('hn-head')).get('/api/stats?pageSize=1').expect(200);
    expect(head.body).toMatchObject({
      region: null, departmentsTotal: 1, departments: [{ department: '009' }],
      regions: [{ region: '340400', regionName: '淮南市财政局', departments: 1, reports: head.body.overall.reports }],
    });
  });

  it('shows a department its own draft and its score change, and hides both from the other department', async () => {
    const preparer = await as('hn-preparer');
    const { body } = await preparer.post('/api/reports').send(hotline()).expect(201);
    await preparer.put(`/api/reports/${body.id}/indicators/i1/score`).send({ score: '14', reason: '口径调整' }).expect(200);
    const beforeTheWorker = await (await as('hn-head')).get(`/api/score-changes?reportId=${body.id}`).expect(200);
    expect(beforeTheWorker.body).toMatchObject({ items: [], total: 0 }); // the GET only reads
    await catchUpScoreChanges(db.pool); // what the worker's ScoreChangesRunner does beside the job feed
    const mine = await (await as('hn-head')).get(`/api/score-changes?reportId=${body.id}`).expect(200);
    expect(mine.body.items).toEqual([expect.objectContaining({
      indicator: { id: 'i1', name: '接通率' }, from: '15', to: '14', reason: '口径调整', source: 'self',
      actor: { username: 'hn-preparer', role: 'preparer', department: '009' },
    })]);
    const theirs = await (await as('hh-head')).get(`/api/score-changes?reportId=${body.id}`).expect(200);
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    const stats = await (await as('hh-head')).get('/api/stats').expect(200);
    expect(stats.body.departments.map((d: { department: string }) => d.department)).toEqual(['hhbj']);
    const reviewerStats = await (await as('reviewer')).get(`/api/stats?fiscalYear=${hotline().fiscalYear}`).expect(200);
    expect(reviewerStats.body.overall.byState.draft).toBe(0);
  });

  it('marks a draft sent back by the head as returned, in the list and the report, until it is submitted again', async () => {
    const preparer = await as('hn-preparer');
    const head = await as('hn-head');
    const { body } = await preparer.post('/api/reports').send(hotline()).expect(201);
    const returned = async () => {
      const list = await preparer.get(`/api/reports?q=${encodeURIComponent(hotline().projectName)}&pageSize=200`).expect(200);
      const report = await preparer.get(`/api/reports/${body.id}`).expect(200);
      return { listed: list.body.items.find((i: { id: string }) => i.id === body.id).returned, report: report.body.returned };
    };
    expect(await returned()).toEqual({ listed: false, report: false });
    await preparer.post(`/api/reports/${body.id}/submit`).set('If-Match', '"1"').expect(200);
    await head.post(`/api/reports/${body.id}/send-back`).set('If-Match', '"2"').send({ comment: '请补充附件' }).expect(200);
    expect(await returned()).toEqual({ listed: true, report: true });
    await preparer.post(`/api/reports/${body.id}/submit`).set('If-Match', '"3"').expect(200);
    await preparer.post(`/api/reports/${body.id}/withdraw`).set('If-Match', '"4"').expect(200);
    expect(await returned()).toEqual({ listed: false, report: false });
  });
});
