import { beijingOffice, hotline, fixture } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

const PROBLEM = /application\/problem\+json/;

describe('a project form travels the whole workflow over HTTP', () => {
  const { as, http, db } = useTestApp();
  const url = (id: string, suffix = '') => `/api/reports/${id}${suffix}`;
  const eventCount = async (id: string) =>
    Number((await db.pool.query('SELECT count(*) FROM events WHERE stream_id = $1', [`report-${id}`])).rows[0].count);

  // Each test walks its own report up to the stage it starts from, so the tests hold in any order.
  const STEPS: ((id: string) => Promise<unknown>)[] = [
    async (id) => (await as('hn-preparer')).put(url(id, '/indicators/i1/score')).send({ score: '14', reason: '接通率统计口径调整' }).expect(200),
    async (id) => (await as('hn-preparer')).post(url(id, '/submit')).set('If-Match', '"2"').expect(200),
    async (id) => (await as('hn-head')).post(url(id, '/sign-off')).set('If-Match', '"3"').expect(200),
    async (id) => (await as('reviewer')).post(url(id, '/return')).set('If-Match', '"4"')
      .send({ comments: [{ indicatorId: 'i4', body: '成本指标请附支出明细' }, { body: '请核对执行率' }] }).expect(200),
    async (id) => (await as('hn-preparer')).post(url(id, '/submit')).set('If-Match', '"5"').expect(200),
    async (id) => (await as('hn-head')).post(url(id, '/sign-off')).set('If-Match', '"6"').expect(200),
    async (id) => (await as('reviewer')).put(url(id, '/indicators/i5/score')).send({ score: '8', reason: '效益佐证材料不足' }).expect(200),
    async (id) => (await as('reviewer')).post(url(id, '/approve')).set('If-Match', '"8"').expect(200),
    async (id) => (await as('reviewer')).post(url(id, '/publish')).set('If-Match', '"9"').expect(200),
  ];
  const STAGES = ['draft', 'scored', 'submitted', 'signed', 'returned', 'resubmitted', 'resigned', 'adjusted', 'approved', 'published'] as const;
  async function aReport(stage: (typeof STAGES)[number]): Promise<string> {
    const { body } = await (await as('hn-preparer')).post('/api/reports').send(hotline()).expect(201);
    for (const step of STEPS.slice(0, STAGES.indexOf(stage))) await step(body.id);
    return body.id;
  }

  it('imports a seed form as a draft, once per Idempotency-Key', async () => {
    const preparer = await as('hn-preparer');
    const count = async () => Number((await db.pool.query(`SELECT count(*) FROM report_summary`)).rows[0].count);
    const before = await count();
    const first = await preparer.post('/api/reports').set('Idempotency-Key', 'import-hotline').send(hotline()).expect(201);
    expect(first.body).toEqual({ id: expect.any(String), version: 1, state: 'draft' });
    expect(first.headers.etag).toBe('"1"');
    const repeat = await preparer.post('/api/reports').set('Idempotency-Key', 'import-hotline').send(hotline()).expect(201);
    expect(repeat.body.id).toBe(first.body.id);
    expect(await count()).toBe(before + 1);
  });

  it('keeps the report from another department and from reviewers while a draft', async () => {
    const id = await aReport('draft');
    await (await as('hh-preparer')).get(url(id)).expect(404).expect('Content-Type', PROBLEM);
    await (await as('reviewer')).get(url(id)).expect(404);
    await http().get(url(id)).expect(401);
  });

  it('changes a self score with a reason', async () => {
    const id = await aReport('draft');
    const res = await (await as('hn-preparer')).put(url(id, '/indicators/i1/score')).send({ score: '14', reason: '接通率统计口径调整' }).expect(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.body.indicators.find((i: any) => i.id === 'i1')).toMatchObject({ selfScore: '14', computedScore: '15.00' });
  });

  it('refuses bad input with a problem naming the field, appending nothing', async () => {
    const id = await aReport('draft');
    const preparer = await as('hn-preparer');
    const before = await eventCount(id);
    const cases: [string, () => any, string][] = [
      ['score abc', () => preparer.put(url(id, '/indicators/i1/score')).send({ score: 'abc', reason: 'x' }), 'score'],
      ['score above weight', () => preparer.put(url(id, '/indicators/i1/score')).send({ score: '15.5', reason: 'x' }), 'score'],
      ['missing reason', () => preparer.put(url(id, '/indicators/i1/score')).send({ score: '10' }), 'reason'],
      ['extra field', () => preparer.put(url(id, '/indicators/i1/score')).send({ score: '10', reason: 'x', by: 'me' }), 'by'],
      ['wrong format tag', () => preparer.post('/api/reports').send({ ...hotline(), format: 'jixiao.project-form.v9' }), 'format'],
      ['missing field', () => preparer.post('/api/reports').send({ ...hotline(), projectName: undefined }), 'projectName'],
    ];
    for (const [name, send, path] of cases) {
      const res = await send();
      expect({ name, status: res.status }).toEqual({ name, status: 400 });
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.errors.map((e: any) => e.path)).toContain(path);
    }
    const malformed = await preparer.put(url(id, '/indicators/i1/score')).set('Content-Type', 'application/json').send('{"score": ');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toMatch(PROBLEM);
    const unknown = await preparer.get('/api/reports/00000000-0000-4000-8000-00000000dead');
    expect(unknown.status).toBe(404);
    await preparer.get('/api/reports/not-a-uuid').expect(404);
    expect(await eventCount(id)).toBe(before);
  });

  it('refuses a submission whose weights do not sum to 100 with 422 naming WEIGHTS_NOT_100', async () => {
    const preparer = await as('hn-preparer');
    const other = await preparer.post('/api/reports').send(fixture('seed-004/02-business-environment.json')).expect(201);
    await preparer.delete(`/api/reports/${other.body.id}/indicators/i1`).expect(200);
    const res = await preparer.post(`/api/reports/${other.body.id}/submit`).set('If-Match', '"2"').expect(422);
    expect(res.body.errors.map((e: any) => e.code)).toContain('WEIGHTS_NOT_100');
  });

  it('submits only with a current If-Match', async () => {
    const id = await aReport('scored');
    const preparer = await as('hn-preparer');
    await preparer.post(url(id, '/submit')).expect(428);
    await preparer.post(url(id, '/submit')).set('If-Match', '"1"').expect(412);
    const res = await preparer.post(url(id, '/submit')).set('If-Match', '"2"').expect(200);
    expect(res.body).toMatchObject({ state: 'self_scored', version: 3 });
  });

  it('lets only the head sign off, and refuses a command in the wrong state with 409', async () => {
    const id = await aReport('submitted');
    await (await as('hn-preparer')).post(url(id, '/sign-off')).set('If-Match', '"3"').expect(403);
    await (await as('hh-head')).post(url(id, '/sign-off')).set('If-Match', '"3"').expect(404);
    const head = await as('hn-head');
    const signed = await head.post(url(id, '/sign-off')).set('If-Match', '"3"').expect(200);
    expect(signed.body).toMatchObject({ state: 'signed_off', version: 4, signedVersion: 3 });
    const again = await head.post(url(id, '/sign-off')).set('If-Match', '"4"').expect(409);
    expect(again.body).toMatchObject({ state: 'signed_off', allowed: expect.arrayContaining(['ApproveReport']) });
  });

  it('returns with comments, and the preparer sees them at their indicator', async () => {
    const id = await aReport('signed');
    const reviewer = await as('reviewer');
    await reviewer.post(url(id, '/return')).set('If-Match', '"4"').send({ comments: [] }).expect(400);
    await reviewer.post(url(id, '/return')).set('If-Match', '"4"')
      .send({ comments: [{ indicatorId: 'i4', body: '成本指标请附支出明细' }, { body: '请核对执行率' }] }).expect(200);
    const seen = await (await as('hn-preparer')).get(url(id)).expect(200);
    expect(seen.body.state).toBe('draft');
    expect(seen.body.comments).toEqual(expect.arrayContaining([expect.objectContaining({ indicatorId: 'i4', body: '成本指标请附支出明细' })]));
  });

  it('is resubmitted, signed off, adjusted, approved and published', async () => {
    const id = await aReport('returned');
    await (await as('hn-preparer')).post(url(id, '/submit')).set('If-Match', '"5"').expect(200);
    await (await as('hn-head')).post(url(id, '/sign-off')).set('If-Match', '"6"').expect(200);
    const reviewer = await as('reviewer');
    const adjusted = await reviewer.put(url(id, '/indicators/i5/score')).send({ score: '8', reason: '效益佐证材料不足' }).expect(200);
    expect(adjusted.body.indicators.find((i: any) => i.id === 'i5')).toMatchObject({ selfScore: '10', reviewScore: '8' });
    await reviewer.post(url(id, '/approve')).set('If-Match', '"8"').expect(200);
    const published = await reviewer.post(url(id, '/publish')).set('If-Match', '"9"').expect(200);
    expect(published.body).toMatchObject({ state: 'published', version: 10 });
  });

  it('is readable by the public once published', async () => {
    const id = await aReport('published');
    const res = await http().get(`/api/public/reports/${id}`).expect(200);
    expect(res.body).toMatchObject({ id, state: 'published', title: '12345政务服务便民热线运营费用' });
    const list = await http().get('/api/public/reports?pageSize=200').expect(200);
    expect(list.body.items.map((r: any) => r.id)).toContain(id);
  });

  it('keeps every event in the history with its actor, and each score change with from, to and reason', async () => {
    const id = await aReport('published');
    const res = await (await as('hn-head')).get(url(id, '/history')).expect(200);
    expect(res.body.map((e: any) => e.type)).toEqual([
      'ReportDrafted', 'SelfScoreChanged', 'SelfEvaluationSubmitted', 'ReportSignedOff', 'ReportReturned',
      'SelfEvaluationSubmitted', 'ReportSignedOff', 'ScoreAdjusted', 'ReportApproved', 'ReportPublished',
    ]);
    expect(res.body.map((e: any) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    res.body.forEach((e: any) => {
      expect(e.actor).toMatchObject({ username: expect.any(String), role: expect.any(String) });
      expect(e.actor.department ?? e.actor.region).toEqual(expect.any(String));
    });
    expect(res.body[1]).toMatchObject({ actor: { username: 'hn-preparer' }, data: { indicatorId: 'i1', from: '15', to: '14', reason: '接通率统计口径调整' } });
    expect(res.body[7]).toMatchObject({ actor: { username: 'reviewer', role: 'reviewer' }, data: { indicatorId: 'i5', from: '10', to: '8', reason: '效益佐证材料不足' } });
    expect(res.body[3]).toMatchObject({ label: '负责人签署', actorLabel: 'hn-head（单位负责人）', changes: [{ what: '签署第 3 版' }] });
  });
});

describe('concurrency', () => {
  const { as, db } = useTestApp();

  it('lets exactly one of 20 parallel commands at the same version through, leaving no gap', async () => {
    const preparer = await as('hn-preparer');
    const { body } = await preparer.post('/api/reports').send(hotline()).expect(201);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? preparer.post(`/api/reports/${body.id}/submit`).set('If-Match', '"1"')
        : preparer.put(`/api/reports/${body.id}/indicators/i2/score`).set('If-Match', '"1"').send({ score: String(10 + (i % 5)), reason: `并发 ${i}` })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 412 || s === 409)).toBe(true);
    const { rows } = await db.pool.query('SELECT version FROM events WHERE stream_id = $1 ORDER BY version', [`report-${body.id}`]);
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
  });
});

describe('a department report travels the workflow over HTTP', () => {
  const { as, http } = useTestApp();

  it('is scored by its rules, flagged where its printed scores contradict them, reviewed and published', async () => {
    const preparer = await as('hh-preparer');
    const { body } = await preparer.post('/api/reports').send(beijingOffice()).expect(201);
    const url = (suffix = '') => `/api/reports/${body.id}${suffix}`;
    const draft = (await preparer.get(url()).expect(200)).body;
    expect(draft).toMatchObject({ kind: 'department-report', department: 'hhbj', total: { computed: '95.00' }, grade: '优' });
    // 预算控制率 38.22% is past every step of its rule: 0 points, self-scored 1.
    expect(draft.flags).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'SCORE_MISMATCH', path: 'ruleIndicators[3].score' }),
      expect.objectContaining({ code: 'TOTAL_MISMATCH', path: 'ruleTotal.score' }),
    ]));
    await (await as('hn-preparer')).get(url()).expect(404);
    await preparer.post(url('/submit')).set('If-Match', '"1"').expect(200);
    await (await as('hh-head')).post(url('/sign-off')).set('If-Match', '"2"').expect(200);
    const reviewer = await as('reviewer');
    const adjusted = await reviewer.put(url('/indicators/r4/score')).send({ score: '0', reason: '预算控制率超出规则' }).expect(200);
    expect(adjusted.body.indicators.find((i: { id: string }) => i.id === 'r4')).toMatchObject({ selfScore: '1', reviewScore: '0' });
    await reviewer.post(url('/approve')).set('If-Match', '"4"').expect(200);
    await reviewer.post(url('/publish')).set('If-Match', '"5"').expect(200);
    await http().get(`/api/public/reports/${body.id}`).expect(200);
  });
});

describe('printed totals are the sums of their scores (SPEC §6)', () => {
  const { as } = useTestApp();

  it('follows the README tour: the published total is the sum of the scores, and the reviewer’s total beside it', async () => {
    const preparer = await as('hn-preparer');
    const { body: { id } } = await preparer.post('/api/reports').send(hotline()).expect(201);
    const url = (suffix = '') => `/api/reports/${id}${suffix}`;
    const scored = await preparer.put(url('/indicators/i1/score')).send({ score: '14', reason: '接通率统计口径调整' }).expect(200);
    expect(scored.body.total).toMatchObject({ printed: '99', self: '99.00' });
    expect(scored.body.flags.map((f: { code: string }) => f.code)).not.toContain('SUM_MISMATCH');
    await preparer.post(url('/submit')).set('If-Match', '"2"').expect(200);
    await (await as('hn-head')).post(url('/sign-off')).set('If-Match', '"3"').expect(200);
    const reviewer = await as('reviewer');
    await reviewer.put(url('/indicators/i5/score')).send({ score: '8', reason: '效益佐证材料不足' }).expect(200);
    await reviewer.post(url('/approve')).set('If-Match', '"5"').expect(200);
    const published = await reviewer.post(url('/publish')).set('If-Match', '"6"').expect(200);
    expect(published.body.total).toMatchObject({ printed: '99', self: '99.00', review: '97.00' });
    const history = (await preparer.get(url('/history')).expect(200)).body;
    expect(history[1].data).toMatchObject({ indicatorId: 'i1', from: '15', to: '14', totals: { form: { score: '99' } } });
  });

  it('keeps a department report’s disagreeing 附件1 total flagged, refuses to submit it, and takes the sum in one action', async () => {
    const preparer = await as('hh-preparer');
    const imported = { ...beijingOffice(), ruleTotal: { weight: '100', score: '100' } };
    const { body: { id } } = await preparer.post('/api/reports').send(imported).expect(201);
    const url = (suffix = '') => `/api/reports/${id}${suffix}`;
    const draft = (await preparer.get(url()).expect(200)).body;
    expect(draft.total.printed).toBe('100');
    expect(draft.flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'SUM_MISMATCH', path: 'ruleTotal.score' })]));
    const blocked = await preparer.post(url('/submit')).set('If-Match', '"1"').expect(422);
    expect(blocked.body.errors).toEqual([expect.objectContaining({ code: 'SUM_MISMATCH', path: 'ruleTotal.score' })]);
    const accepted = await preparer.post(url('/accept-sum')).send({ table: 'rules' }).expect(200);
    expect(accepted.body).toMatchObject({ version: 2, total: { printed: '96' } });
    const form = await preparer.put(url('/indicators/i8/score')).send({ score: '5', reason: '复核' }).expect(200);
    expect(form.body.selfEvaluationForm.total).toMatchObject({ printed: '97', self: '97.00', review: '97.00' });
    expect(form.body.total.printed).toBe('96');
    await preparer.post(url('/submit')).set('If-Match', '"3"').expect(200);
  });

  it('answers a command in the wrong state in Chinese, the codes in the problem’s fields', async () => {
    const preparer = await as('hn-preparer');
    const { body: { id } } = await preparer.post('/api/reports').send(hotline()).expect(201);
    const res = await (await as('hn-head')).post(`/api/reports/${id}/sign-off`).set('If-Match', '"1"').expect(409);
    expect(res.body).toMatchObject({
      detail: '报告当前状态为 草稿，不能执行 签署；此状态允许：修改基本信息、修改指标、删除指标、修改自评得分、采用合计作为总分、提交自评',
      state: 'draft', allowedCommands: expect.arrayContaining(['SubmitSelfEvaluation']),
    });
  });
});
