import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addDays, CAMPAIGN_TIME_ZONE, dateIn } from '@jixiao/domain';
import { runReminders } from '@jixiao/campaigns';
import { SCREENSHOTS, shoot, userPage, type Browser, type Page } from '../apps/web/e2e/browser';
import { see } from '../apps/web/e2e/expect-page';
import { useSystem } from '../apps/web/e2e/system';

/** SPEC §17 in Chromium: a campaign walked from opening to the summary export, by the reviewer, preparer and head. */
describe('a campaign in the web app', () => {
  const { url, db, launchBrowser } = useSystem();
  const today = dateIn(CAMPAIGN_TIME_ZONE, new Date());
  const selfDue = addDays(today, 1);
  let browser: Browser;
  let reviewer: Page;
  let preparer: Page;
  let campaignPath = '';

  const token = async (username: string) => {
    const res = await fetch(url('/api/auth/login'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'jixiao-demo' }) });
    return ((await res.json()) as { accessToken: string }).accessToken;
  };
  const call = async (username: string, method: string, path: string, body?: unknown, version?: number) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${await token(username)}`, 'Content-Type': 'application/json' };
    if (version !== undefined) headers['If-Match'] = `"${version}"`;
    const res = await fetch(url(`/api${path}`), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };

  beforeAll(async () => { browser = await launchBrowser(); });

  it('the reviewer opens a campaign and imports its project list from the template', async () => {
    reviewer = await userPage(browser, url(), 'reviewer', '/inbox');
    await see.visible(reviewer.locator('[data-testid=inbox]'));
    await reviewer.getByRole('menuitem', { name: '自评任务' }).click();
    const form = reviewer.locator('form[data-form=campaign]');
    await form.locator('#title').fill('2025年度项目支出绩效自评');
    await form.locator('#fiscalYear').fill('2025');
    // A date typed into the picker is confirmed with Enter; on the last field Enter also submits the form.
    await form.locator('#selfEvaluationDue').fill(selfDue);
    await form.locator('#selfEvaluationDue').press('Enter');
    await form.locator('#reviewDue').fill(addDays(today, 10));
    await shoot(reviewer, 'c01-open-campaign');
    await form.locator('#reviewDue').press('Enter');
    await reviewer.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    campaignPath = new URL(reviewer.url()).pathname;
    const list = join(SCREENSHOTS, '..', 'project-list.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('项目清单');
    sheet.addRow(['项目编码', '项目名称', '主管部门编码', '实施单位', '年初预算数', '全年预算数', '全年执行数', '执行率分值']);
    sheet.addRow(['2025-009-01', '政务网站安全运维', '009', '淮南市人民政府办公室', 35, 35, '', '']);
    sheet.addRow(['2025-hh-01', '驻京联络经费', 'hhbj', '怀化驻京联络处', 50, 50, 48, 10]);
    writeFileSync(list, Buffer.from(await workbook.xlsx.writeBuffer()));
    await reviewer.setInputFiles('input[type=file]', list);
    await see.text(reviewer.locator('[data-testid=import-result]'), '新增 2 项');
    await see.count(reviewer.locator('[data-testid=tasks] tbody tr.ant-table-row'), 4);
    // amounts read as 万元 to two places, whatever the list's cell held (35 here)
    await see.text(reviewer.locator('[data-testid=tasks] tr:has-text("2025-009-01")'), '35.00');
    await see.visible(reviewer.locator('[data-testid=progress] canvas'));
    await shoot(reviewer, 'c02-campaign-imported');
  });

  it('the preparer finds the task in the inbox, overdue work first, and starts it', async () => {
    preparer = await userPage(browser, url(), 'hn-preparer', '/inbox');
    const item = preparer.locator('[data-testid=inbox-item]:has-text("政务网站安全运维")');
    await see.text(item.locator('[data-testid=task-state]'), '未开始');
    await see.exactly(preparer.locator('[data-testid=inbox-item]').first().locator('[data-testid=task-state]'), '未开始');
    await see.visible(preparer.locator('[data-testid=inbox-item][data-overdue]').first());
    await see.visible(preparer.locator('[data-testid=inbox-count]'));
    await shoot(preparer, 'c03-preparer-inbox');
    await item.locator('[data-action=start-task]').click();
    await preparer.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await see.text(preparer.locator('.report-header'), '政务网站安全运维');
    await shoot(preparer, 'c04-task-started');
  });

  it('a reminder appears once the clock passes the due date', async () => {
    await runReminders(db.pool, addDays(selfDue, 1));
    await preparer.goto('/inbox');
    const notice = preparer.locator('[data-testid=notice][data-unread]:has-text("政务网站安全运维")');
    await see.text(notice, '已逾期');
    await see.visible(preparer.locator('[data-testid=unread-dot]'));
    await shoot(preparer, 'c05-reminder');
    await notice.locator('button:has-text("标为已读")').click();
    await see.count(preparer.locator('[data-testid=notice][data-unread]:has-text("政务网站安全运维")'), 0);
  });

  it('opening a reminder marks it read; 全部标为已读 marks the rest', async () => {
    await preparer.goto('/inbox');
    const unread = preparer.locator('[data-testid=notice][data-unread]');
    await see.visible(unread.first());
    const left = await unread.count();
    expect(left).toBeGreaterThan(2);
    const opened = unread.first().locator('a');
    const title = await opened.innerText();
    await Promise.all([preparer.waitForResponse((r) => /\/api\/notifications\/\d+\/read$/.test(r.url()) && r.ok()), opened.click()]);
    await preparer.goto('/inbox');
    await see.count(preparer.locator(`[data-testid=notice]:has-text("${title}")`).and(unread), 0);
    await see.count(unread, left - 1);
    await see.text(preparer.locator('.ant-card-head'), `提醒（${left - 1} 条未读）`);
    await preparer.click('[data-action=read-all]');
    await see.count(unread, 0);
    await see.count(preparer.locator('[data-action=read-all]'), 0);
    await see.count(preparer.locator('[data-testid=unread-dot]'), 0);
    expect((await call('hn-preparer', 'GET', '/notifications')).unread).toBe(0);
  });

  it('after a return and a resubmission the reviewer sees what changed; batch approve and publish; summary download', async () => {
    const demo = (await call('reviewer', 'GET', '/campaigns') as { id: string; title: string }[]).find((c) => c.title === '2024年度预算绩效自评')!;
    const tasks = (await call('reviewer', 'GET', `/campaigns/${demo.id}/tasks`)).items as { projectCode: string; reportId: string }[];
    const id = tasks.find((t) => t.projectCode === '009-001')!.reportId;
    await call('hn-preparer', 'POST', `/reports/${id}/submit`, {}, 1);
    await call('hn-head', 'POST', `/reports/${id}/sign-off`, {}, 2);
    await call('reviewer', 'POST', `/reports/${id}/return`, { comments: [{ indicatorId: 'i1', body: '接通率偏低，请核实得分' }] }, 3);
    await preparer.goto('/inbox');
    const returned = preparer.locator(`[data-testid=inbox-item][data-state=returned]`);
    await see.text(returned, '接通率偏低，请核实得分');
    await see.text(returned.locator('[data-testid=task-state]'), '已退回');
    await shoot(preparer, 'c06-returned-in-inbox');
    await preparer.goto(`/reports/${id}`);
    await see.text(preparer.locator('[data-testid=returned-note]'), '已退回');
    const thread = preparer.locator('[data-testid=comment-thread]').first();
    await see.text(thread, 'reviewer（财政局审核人');
    await thread.locator('[data-field=reply]').fill('已按实际接通率改分');
    await thread.locator('[data-action=reply]').click();
    await see.text(thread, '↳ 已按实际接通率改分');
    await thread.locator('[data-action=resolve]').click();
    await see.text(thread, '已解决');
    await shoot(preparer, 'c06b-comment-thread');
    await call('hn-preparer', 'PUT', `/reports/${id}/indicators/i1/score`, { score: '12', reason: '接通率 92%，低于目标' });
    await call('hn-preparer', 'POST', `/reports/${id}/submit`, {}, 5);
    await call('hn-head', 'POST', `/reports/${id}/sign-off`, {}, 6);
    await reviewer.goto(`/reports/${id}`);
    const diff = reviewer.locator('[data-testid=review-diff]');
    await see.text(diff, '自上次退回以来的修改');
    await see.text(diff, '接通率 92%，低于目标');
    await see.text(diff, '已回应');
    await see.text(diff, '↳ 已按实际接通率改分');
    await shoot(reviewer, 'c07-review-diff');
    await reviewer.goto(`/campaigns/${demo.id}`);
    const row = reviewer.locator(`[data-testid=tasks] tr.ant-table-row:has(a[href="/reports/${id}"])`);
    await row.locator('input[type=checkbox]').check();
    await reviewer.click('[data-action=batch-approve]');
    await see.text(reviewer.locator('[data-testid=batch-result]'), '审核通过 1 份');
    await see.text(row, '已审核');
    await row.locator('input[type=checkbox]').check();
    await reviewer.click('[data-action=batch-publish]');
    await see.text(reviewer.locator('[data-testid=batch-result]'), '公开 1 份');
    await see.text(row, '已公开');
    await shoot(reviewer, 'c08-batch-published');
    const [download] = await Promise.all([reviewer.waitForEvent('download'), reviewer.click('[data-action=summary]')]);
    const file = join(SCREENSHOTS, '..', 'summary.xlsx');
    await download.saveAs(file);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(file);
    const rows = summary.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toContain('自评总分');
    expect(rows.some((r) => r.includes('009-001') && r.includes('已公开'))).toBe(true);
    await reviewer.goto(campaignPath);
    await see.visible(reviewer.locator('[data-testid=progress] canvas'));
  });
});
