import { hotline } from '@jixiao/testing';
import { useTestApp, type DemoUser } from './support/test-app';

/** SPEC §1, §16: reviewers and auditors see their region and its sub-regions; hn-reviewer only 淮南 (340400). */
describe('regions decide what a reviewer or auditor sees and acts on', () => {
  const { as } = useTestApp();
  const ids: Record<'huainan' | 'huaihua', string> = { huainan: '', huaihua: '' };

  async function signedOffReport(preparer: DemoUser, head: DemoUser): Promise<string> {
    const created = await (await as(preparer)).post('/api/reports').send(hotline()).expect(201);
    const id = created.body.id;
    await (await as(preparer)).post(`/api/reports/${id}/submit`).set('If-Match', '"1"').expect(200);
    await (await as(head)).post(`/api/reports/${id}/sign-off`).set('If-Match', '"2"').expect(200);
    return id;
  }

  beforeAll(async () => {
    ids.huainan = await signedOffReport('hn-preparer', 'hn-head');
    ids.huaihua = await signedOffReport('hh-preparer', 'hh-head');
  });

  const listed = async (user: DemoUser) =>
    ((await (await as(user)).get('/api/reports?pageSize=100').expect(200)).body.items as { id: string }[]).map((r) => r.id);

  it('the province reviewer sees both cities, the 淮南 reviewer only 淮南', async () => {
    expect(await listed('reviewer')).toEqual(expect.arrayContaining([ids.huainan, ids.huaihua]));
    const huainanOnly = await listed('hn-reviewer');
    expect(huainanOnly).toContain(ids.huainan);
    expect(huainanOnly).not.toContain(ids.huaihua);
    await (await as('hn-reviewer')).get(`/api/reports/${ids.huaihua}`).expect(404);
    await (await as('hn-reviewer')).get(`/api/reports/${ids.huaihua}/history`).expect(404);
  });

  it('a reviewer cannot act on a report outside the region', async () => {
    await (await as('hn-reviewer')).post(`/api/reports/${ids.huaihua}/comments`).send({ body: '请补充佐证材料' }).expect(404);
    await (await as('hn-reviewer')).post(`/api/reports/${ids.huainan}/comments`).send({ body: '请补充佐证材料' }).expect(200);
  });

  it('the auditor reads every report of the region in every state, drafts included, and changes nothing', async () => {
    const all = await listed('auditor');
    expect(all).toEqual(expect.arrayContaining([ids.huainan, ids.huaihua]));
    const drafts = ((await (await as('auditor')).get('/api/reports?state=draft&pageSize=100').expect(200)).body.items as unknown[]);
    expect(drafts.length).toBeGreaterThan(0);
    await (await as('auditor')).get(`/api/reports/${ids.huaihua}/history`).expect(200);
    const refused = await (await as('auditor')).post(`/api/reports/${ids.huainan}/comments`).send({ body: '审计意见' });
    expect(refused.status).toBe(403);
  });
});
