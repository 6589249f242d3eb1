import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addDays, CAMPAIGN_TIME_ZONE, dateIn } from '@jixiao/domain';
import { rebuildCampaigns, runReminders } from '@jixiao/campaigns';
import { hotline } from '@jixiao/testing';
import { useTestApp } from './support/test-app';

/** SPEC §17 end to end: campaign → project list → start → inbox → progress → summary → reminders. */
describe('campaigns, tasks, inbox and reminders', () => {
  const { as, db } = useTestApp();
  const today = dateIn(CAMPAIGN_TIME_ZONE, new Date());
  const selfDue = addDays(today, 5);
  const reviewDue = addDays(today, 20);
  let campaignId = '';

  const campaign = (fields: object = {}) => ({
    fiscalYear: '2024', title: '2024年度项目支出绩效自评', region: 'demo', selfEvaluationDue: selfDue, reviewDue,
    departments: 'all', departmentReports: true, ...fields,
  });
  const tasksOf = async () => (await (await as('reviewer')).get(`/api/campaigns/${campaignId}/tasks`).expect(200)).body.items as any[];

  const campaignEvents = async () =>
    (await db.pool.query(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'campaign-%'`)).rows[0].n as number;

  it('the demo campaign (SPEC §12): the 009 drafts are its tasks, overdue first in the preparer\'s inbox', async () => {
    const campaigns = (await (await as('reviewer')).get('/api/campaigns').expect(200)).body;
    expect(campaigns).toEqual([expect.objectContaining({ fiscalYear: '2024', title: '2024年度预算绩效自评', region: 'demo' })]);
    const inbox = (await (await as('hn-preparer')).get('/api/inbox').expect(200)).body;
    expect(inbox.items[0]).toMatchObject({ overdue: true, kind: 'department-report', stateLabel: '未开始', campaignTitle: '2024年度预算绩效自评' });
    expect(inbox.items[1]).toMatchObject({ overdue: true, kind: 'project-form', stateLabel: '填报中', projectCode: '009-001' });
    expect(inbox.overdue).toBe(11);
    expect((await (await as('hn-preparer')).get('/api/notifications').expect(200)).body.unread).toBeGreaterThan(0);
  });

  it('refuses bad campaigns naming the field in Chinese, writing nothing', async () => {
    const before = await campaignEvents();
    const reviewer = await as('reviewer');
    const past = await reviewer.post('/api/campaigns').send(campaign({ selfEvaluationDue: addDays(today, -1) })).expect(400);
    expect(past.body.errors).toEqual([expect.objectContaining({ path: 'selfEvaluationDue', message: expect.stringContaining('已过') })]);
    const early = await reviewer.post('/api/campaigns').send(campaign({ reviewDue: addDays(selfDue, -1) })).expect(400);
    expect(early.body.errors).toEqual([expect.objectContaining({ path: 'reviewDue', message: expect.stringContaining('早于') })]);
    await reviewer.post('/api/campaigns').send(campaign({ departments: ['009', 'nope'] })).expect(400);
    await (await as('hn-preparer')).post('/api/campaigns').send(campaign()).expect(403);
    await (await as('hn-reviewer')).post('/api/campaigns').send(campaign()).expect(403);
    expect(await campaignEvents()).toBe(before);
  });

  it('opens a campaign with a department-report task per department; a repeated Idempotency-Key opens nothing more', async () => {
    const res = await (await as('reviewer')).post('/api/campaigns').set('Idempotency-Key', 'open-1').send(campaign()).expect(201);
    const again = await (await as('reviewer')).post('/api/campaigns').set('Idempotency-Key', 'open-1').send(campaign()).expect(201);
    expect(again.body).toEqual(res.body);
    campaignId = res.body.id;
    expect(res.body).toMatchObject({ fiscalYear: '2024', selfEvaluationDue: selfDue, departments: ['009', 'hhbj'] });
    expect((await tasksOf()).map((t) => [t.department, t.kind, t.state])).toEqual([
      ['009', 'department-report', 'not_started'], ['hhbj', 'department-report', 'not_started'],
    ]);
  });

  it('imports the project list from the template XLSX; a bad row names row and column and writes nothing', async () => {
    const reviewer = await as('reviewer');
    const template = await reviewer.get('/api/templates/project-list.xlsx').buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, '项目编码', '项目名称', '主管部门编码', '实施单位', '年初预算数', '全年预算数', '全年执行数', '执行率分值']);
    sheet.spliceRows(2, 1);
    sheet.addRow(['009-01', '12345政务服务便民热线运营费用', '009', '淮南市人民政府办公室', 492, 492, '', '']);
    sheet.addRow(['009-02', '优化营商环境', '009', '淮南市人民政府办公室', '80', '80', '76.5', '8']);
    sheet.addRow(['hh-01', '驻京联络经费', 'hhbj', '怀化驻京联络处', '50', '50', '', '']);
    sheet.addRow(['009-02', '重复', '999', '', '十万', '1', '', '']);
    const bad = await reviewer.post(`/api/campaigns/${campaignId}/projects`)
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'list.xlsx').expect(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['第5行.项目编码', '第5行.主管部门编码', '第5行.年初预算数']);
    expect(await tasksOf()).toHaveLength(2);
    sheet.spliceRows(5, 1);
    const ok = await reviewer.post(`/api/campaigns/${campaignId}/projects`)
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'list.xlsx').expect(201);
    expect(ok.body).toEqual({ added: 3, unchanged: 0 });
    const tasks = await tasksOf();
    expect(tasks.find((t) => t.projectCode === '009-01')).toMatchObject({ annualBudget: '492', executionWeight: '10', state: 'not_started', due: selfDue });
  });

  it('starts a task: a draft with the heading and funds as listed; once only; the task follows the report', async () => {
    const preparer = await as('hn-preparer');
    const task = (await tasksOf()).find((t) => t.projectCode === '009-02');
    await (await as('hh-preparer')).post(`/api/campaigns/${campaignId}/tasks/${task.id}/start`).expect(403);
    const started = await preparer.post(`/api/campaigns/${campaignId}/tasks/${task.id}/start`).expect(201);
    expect(started.body).toMatchObject({ state: 'draft', title: '优化营商环境', funds: { total: { initialBudget: '80', annualBudget: '80', executed: '76.5', weight: '8' } } });
    await preparer.post(`/api/campaigns/${campaignId}/tasks/${task.id}/start`).expect(409);
    expect((await tasksOf()).find((t) => t.id === task.id)).toMatchObject({ state: 'drafting', reportId: started.body.id });
  });

  it('the inbox shows each role what waits for them, overdue first then by due date', async () => {
    const preparerInbox = (await (await as('hn-preparer')).get('/api/inbox').expect(200)).body;
    expect(preparerInbox.items.filter((i: any) => i.campaignId === campaignId).map((i: any) => [i.title, i.stateLabel])).toEqual(expect.arrayContaining([
      ['项目009-01'.replace('项目009-01', '12345政务服务便民热线运营费用'), '未开始'], ['优化营商环境', '填报中'],
    ]));
    expect(preparerInbox.items.every((i: any) => i.department === '009')).toBe(true);
    const dues = preparerInbox.items.map((i: any) => i.due ?? '9999');
    expect(dues).toEqual([...dues].sort());
    expect((await (await as('hn-head')).get('/api/inbox').expect(200)).body.total).toBe(0);
  });

  it('progress per department and the 自评结果汇总表, one row per task', async () => {
    const progress = (await (await as('reviewer')).get(`/api/campaigns/${campaignId}/progress`).expect(200)).body;
    expect(progress.departments.map((d: any) => [d.department, d.total, d.byState.drafting, d.overdue])).toEqual([['009', 3, 1, 0], ['hhbj', 2, 0, 0]]);
    const file = await (await as('reviewer')).get(`/api/campaigns/${campaignId}/summary.xlsx`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(1).getCell(1).value).toBe('主管部门编码');
    const byProject = new Map(sheet.getSheetValues().slice(2).map((row: any) => [row[3] ?? row[4], row]));
    expect(byProject.get('009-02')?.[12]).toBe('填报中');
  });

  it('reminders: 3 days before the due date, then each day overdue with the head; never twice a day', async () => {
    const ours = async (day: string) => (await db.pool.query(
      `SELECT n.kind, count(*)::int AS n FROM notifications n JOIN campaign_tasks t ON t.id = n.task_id
       WHERE n.day = $1 AND t.campaign_id = $2 GROUP BY 1`, [day, campaignId])).rows;
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(__dirname, '../bin/jixiao.js'), 'reminders', 'run', ...args], {
      encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url, SMTP_URL: '' },
    });
    expect(cli('--today', '2025-02-30').status).toBe(2);
    const run = cli('--today', addDays(selfDue, -3));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/新提醒 \d+ 条/);
    const first = { notices: Number(/新提醒 (\d+) 条/.exec(run.stdout)![1]) };
    // the 009 tasks (3) wait for hn-preparer, hhbj's two for hh-preparer
    expect(await ours(addDays(selfDue, -3))).toEqual([{ kind: 'due_soon', n: 5 }]);
    expect((await runReminders(db.pool, addDays(selfDue, -3))).notices).toBe(0);
    expect(first.notices).toBeGreaterThanOrEqual(5);
    await runReminders(db.pool, selfDue);
    expect(await ours(selfDue)).toEqual([]);
    await runReminders(db.pool, addDays(selfDue, 1));
    const { rows } = await db.pool.query(
      `SELECT n.username, n.kind FROM notifications n JOIN campaign_tasks t ON t.id = n.task_id
       WHERE day = $1 AND t.campaign_id = $2 GROUP BY 1, 2 ORDER BY 1`, [addDays(selfDue, 1), campaignId]);
    expect(rows).toEqual([
      { username: 'hh-head', kind: 'overdue' }, { username: 'hh-preparer', kind: 'overdue' },
      { username: 'hn-head', kind: 'overdue' }, { username: 'hn-preparer', kind: 'overdue' },
    ]);
    expect(await ours(addDays(selfDue, 1))).toEqual([{ kind: 'overdue', n: 10 }]);
    const mine = (await (await as('hn-preparer')).get('/api/notifications').expect(200)).body;
    expect(mine.unread).toBe(mine.items.length);
    await (await as('hn-preparer')).post(`/api/notifications/${mine.items[0].id}/read`).expect(200);
    await (await as('hh-preparer')).post(`/api/notifications/${mine.items[0].id}/read`).expect(404);
    const after = (await (await as('hn-preparer')).get('/api/notifications').expect(200)).body;
    expect(after.unread).toBe(mine.unread - 1);
    expect(after.items.at(-1).readAt).not.toBeNull();
    const theirs = (await (await as('hh-preparer')).get('/api/notifications').expect(200)).body.unread;
    expect(theirs).toBeGreaterThan(0);
    const all = await (await as('hn-preparer')).post('/api/notifications/read-all').expect(200);
    expect(all.body).toEqual({ read: after.unread, unread: 0 });
    expect((await (await as('hn-preparer')).get('/api/notifications').expect(200)).body.items.filter((n: { readAt: string | null }) => !n.readAt)).toEqual([]);
    expect((await (await as('hh-preparer')).get('/api/notifications').expect(200)).body.unread).toBe(theirs);
    expect((await (await as('hn-preparer')).post('/api/notifications/read-all').expect(200)).body).toEqual({ read: 0, unread: 0 });
  });

  it('an imported report attached to a task; after a return and resubmission the reviewer sees what changed; batch approve and publish', async () => {
    const [preparer, head, reviewer] = [await as('hn-preparer'), await as('hn-head'), await as('reviewer')];
    const task = (await tasksOf()).find((t) => t.projectCode === '009-01');
    const imported = await preparer.post('/api/reports').send(hotline()).expect(201);
    const id = imported.body.id;
    await (await as('hh-preparer')).post(`/api/campaigns/${campaignId}/tasks/${task.id}/attach`).send({ reportId: id }).expect(404); // another department's report is not there for them
    await preparer.post(`/api/campaigns/${campaignId}/tasks/${task.id}/attach`).send({ reportId: id }).expect(201);
    await preparer.post(`/api/campaigns/${campaignId}/tasks/${task.id}/attach`).send({ reportId: id }).expect(409);
    const state = async () => (await tasksOf()).find((t) => t.id === task.id).state;
    expect(await state()).toBe('drafting');
    await preparer.post(`/api/reports/${id}/submit`).set('If-Match', '"1"').expect(200);
    expect(await state()).toBe('awaiting_sign_off');
    expect((await head.get('/api/inbox').expect(200)).body.items.map((i: any) => i.reportId)).toContain(id);
    await head.post(`/api/reports/${id}/sign-off`).set('If-Match', '"2"').expect(200);
    expect((await reviewer.get('/api/inbox').expect(200)).body.items.map((i: any) => i.reportId)).toContain(id);
    await reviewer.post(`/api/reports/${id}/return`).set('If-Match', '"3"').send({ comments: [{ indicatorId: 'i1', body: '接通率偏低，请核实得分' }] }).expect(200);
    expect(await state()).toBe('returned');
    const returned = (await preparer.get('/api/inbox').expect(200)).body.items.find((i: any) => i.reportId === id);
    expect(returned).toMatchObject({ state: 'returned', stateLabel: '已退回', feedback: { by: 'reviewer', comments: [{ indicatorId: 'i1', body: '接通率偏低，请核实得分' }] } });
    const [thread] = (await preparer.get(`/api/reports/${id}/comments`).expect(200)).body;
    expect(thread).toMatchObject({ body: '接通率偏低，请核实得分', author: 'reviewer', role: 'reviewer', returned: true, replies: [], resolved: null });
    expect(thread.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await reviewer.post(`/api/reports/${id}/comments/${thread.commentId}/replies`).send({ body: '我来回复' }).expect(403);
    await (await as('hh-preparer')).post(`/api/reports/${id}/comments/${thread.commentId}/replies`).send({ body: '越权' }).expect(404);
    await preparer.post(`/api/reports/${id}/comments/${thread.commentId}/replies`).send({ body: ' ' }).expect(400);
    await preparer.post(`/api/reports/${id}/comments/${thread.commentId}/replies`).send({ body: '已按实际接通率改分' }).expect(201);
    const resolved = (await preparer.post(`/api/reports/${id}/comments/${thread.commentId}/resolve`).expect(200)).body;
    expect(resolved).toMatchObject({ replies: [{ body: '已按实际接通率改分', username: 'hn-preparer', role: 'preparer' }], resolved: { username: 'hn-preparer' } });
    await preparer.put(`/api/reports/${id}/indicators/i1/score`).send({ score: '12', reason: '接通率 92%，低于目标' }).expect(200);
    await preparer.post(`/api/reports/${id}/submit`).set('If-Match', '"5"').expect(200);
    await head.post(`/api/reports/${id}/sign-off`).set('If-Match', '"6"').expect(200);
    const diff = (await reviewer.get(`/api/reports/${id}/diff`).expect(200)).body;
    expect(diff).toMatchObject({ from: 4, to: 7, sinceReturn: true, returned: { version: 4, by: 'reviewer' } });
    // The printed 总分 follows the score change in the same event (SPEC §6), so it is among the changed cells.
    expect(diff.cells).toEqual([
      expect.objectContaining({ path: 'indicators.i1.selfScore', from: '15', to: '12' }),
      expect.objectContaining({ path: 'total.printed', from: '100', to: '97' }),
    ]);
    expect(diff.scores).toEqual([expect.objectContaining({ indicatorId: 'i1', from: '15', to: '12', reason: '接通率 92%，低于目标', by: 'hn-preparer' })]);
    expect(diff.comments).toEqual([expect.objectContaining({
      body: '接通率偏低，请核实得分', answered: true, replies: [expect.objectContaining({ body: '已按实际接通率改分' })], resolved: expect.objectContaining({ username: 'hn-preparer' }),
    })]);
    await reviewer.get(`/api/reports/${id}/diff?from=9&to=2`).expect(400);
    await (await as('hh-preparer')).get(`/api/reports/${id}/diff`).expect(404);

    const draft = (await tasksOf()).find((t) => t.projectCode === '009-02').reportId;
    const approved = (await reviewer.post('/api/reports/batch').send({ command: 'approve', items: [{ id, version: 7 }, { id: draft, version: 1 }, { id, version: 7 }] }).expect(200)).body;
    expect(approved.results.map((r: any) => [r.id, r.status])).toEqual([[id, 200], [draft, 404], [id, 412]]);
    expect(await state()).toBe('reviewed');
    const published = (await reviewer.post('/api/reports/batch').send({ command: 'publish', items: [{ id, version: 8 }] }).expect(200)).body;
    expect(published).toMatchObject({ succeeded: 1, failed: 0, results: [{ id, state: 'published', version: 9 }] });
    expect(await state()).toBe('published');
    await reviewer.post('/api/reports/batch').send({ command: 'delete', items: [] }).expect(400);
  });

  it('a rebuild from the events gives the same campaign tables', async () => {
    const snapshot = async () => [
      (await db.pool.query(`SELECT * FROM campaign_tasks ORDER BY id`)).rows,
      (await db.pool.query(`SELECT * FROM campaign_progress WHERE tasks > 0 ORDER BY 1, 2, 3`)).rows,
      (await db.pool.query(`SELECT p.campaign_id, p.department, p.state, p.tasks, count(t.id)::int AS counted FROM campaign_progress p
        LEFT JOIN campaign_tasks t USING (campaign_id, department, state) GROUP BY 1, 2, 3, 4 HAVING p.tasks <> count(t.id)`)).rows,
      (await db.pool.query(`SELECT * FROM campaign_department_progress ORDER BY 1, 2`)).rows,
      // The per-department row against the per-state counts, state by state: both say what the tasks say.
      (await db.pool.query(`SELECT p.campaign_id, p.department, s.state, s.n, coalesce(c.tasks, 0) AS counted
        FROM campaign_department_progress p CROSS JOIN LATERAL jsonb_each_text(to_jsonb(p) - 'campaign_id' - 'department') s(state, n)
        LEFT JOIN campaign_progress c ON (c.campaign_id, c.department, c.state) = (p.campaign_id, p.department, s.state)
        WHERE s.n::int <> coalesce(c.tasks, 0)`)).rows,
    ];
    const before = await snapshot();
    expect(before[2]).toEqual([]); // every count equals the tasks it counts
    expect(before[3].length).toBeGreaterThan(0);
    expect(before[4]).toEqual([]);
    await rebuildCampaigns(db.pool);
    expect(await snapshot()).toEqual(before);
  });
});

function binary(res: any, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
