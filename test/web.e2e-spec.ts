import { join } from 'node:path';
import { codeIdentifiersIn } from '@jixiao/testing';
import { SCREENSHOTS, shoot as screenshot, userPage, type Browser, type Page } from '../apps/web/e2e/browser';
import { see } from '../apps/web/e2e/expect-page';
import { useSystem } from '../apps/web/e2e/system';

const FIXTURE = join(__dirname, '..', 'fixtures', 'seed-004', '02-business-environment.json');

/** Every page the test shows is also read as a person reads it: no flag code, state, event name or JSON path. */
async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const text = await page.locator('body').innerText();
  expect({ page: name, codes: codeIdentifiersIn(text) }).toEqual({ page: name, codes: [] });
}

/** A transition that asks first (提交自评, 审核通过, 公开报告): the button, then the confirmation's own button. */
async function confirmed(page: Page, button: string, ok: string): Promise<void> {
  await page.click(`[data-testid=workflow] button:has-text("${button}")`);
  await page.click(`.ant-popconfirm button:has-text("${ok}")`);
}

const badge = (page: Page) => page.locator('.report-header [data-testid=state-badge]');

/** The report's state badge reading `state`; a refusal the workflow panel shows instead is named in the failure. */
async function reaches(page: Page, state: string): Promise<void> {
  const refusal = page.locator('[data-testid=workflow] [role=alert]');
  await see.that(`expected the report to be ${state}`, async () => {
    const shown = (await badge(page).first().innerText({ timeout: 1000 })).trim();
    return shown === state || !(await refusal.count()) ? shown : `${shown}, refused: ${await refusal.first().innerText()}`;
  }, (value) => value === state);
}

/** The web app walks one report from import to publication with three users in one browser, as SPEC §7 orders it. */
describe('the web app, in Chromium', () => {
  const { url, launchBrowser } = useSystem();
  let browser: Browser;
  let preparer: Page;
  let head: Page;
  let reviewer: Page;
  let reportUrl = '';
  const row = (page: Page, id: string) => page.locator(`tr[data-indicator="${id}"]`);

  beforeAll(async () => {
    browser = await launchBrowser();
    const anonymous = await userPage(browser, url());
    await anonymous.goto('/login');
    await shoot(anonymous, '01-login');
    await anonymous.click('button[type=submit]');
    await see.text(anonymous.locator('form[data-form=login]'), '请输入用户名');
    await anonymous.fill('input[name=username]', 'hn-preparer');
    await anonymous.fill('input[name=password]', 'not-the-password');
    await anonymous.click('button[type=submit]');
    await see.text(anonymous.locator('.login [role=alert]'), '用户名或密码');
    await shoot(anonymous, '01b-login-refused');
    await anonymous.context().close();
  });

  it('lets the preparer import a form, and shows every blocking problem of a refused submission at its cell', async () => {
    preparer = await userPage(browser, url(), 'hn-preparer');
    await preparer.waitForSelector('.report-list tbody tr.ant-table-row');
    await shoot(preparer, '02-report-list');
    await preparer.click('[data-action=new-report]');
    const blank = preparer.locator('form[data-form=new-report]');
    await blank.locator('input[name=projectName]').fill('空白测试项目');
    await blank.locator('input[name=competentDepartment]').fill('淮南市人民政府办公室');
    await blank.locator('input[name=implementingUnit]').fill('淮南市人民政府办公室');
    await shoot(preparer, '02b-new-report');
    await preparer.click('.ant-modal button:has-text("创建草稿")');
    await preparer.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await see.exactly(badge(preparer), '草稿');
    await see.text(preparer.locator('.report-header h1'), '空白测试项目');
    await preparer.click('[data-action=edit-funds]');
    const fundsForm = preparer.locator('form[data-form=funds]');
    await fundsForm.locator('input[name="total.annualBudget"]').fill('200');
    await fundsForm.locator('input[name="total.executed"]').fill('180');
    await preparer.click('.ant-modal button:has-text("保存")');
    await see.text(preparer.getByTestId('funds'), '180');
    await see.text(preparer.locator('tr[data-indicator=execution]'), '90.00%');
    // A blank report's 总分 is the sum from the start: nothing to accept, never an offer of 0.00.
    await see.count(preparer.locator('[data-action=fix-total]'), 0);
    await shoot(preparer, '02c-new-report-funds');
    await preparer.goto('/reports');
    await preparer.click('text=导入报告 >> nth=-1');
    await preparer.setInputFiles('input[type=file]', FIXTURE);
    await shoot(preparer, '03-import');
    await preparer.click('button:has-text("导入")');
    await preparer.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportUrl = new URL(preparer.url()).pathname;
    await see.exactly(badge(preparer), '草稿');
    const funds = preparer.getByTestId('funds');
    for (const heading of ['年初预算数', '全年预算数（A）', '全年执行数（B）', '年度资金总额', '当年财政拨款', '上年结转资金', '其他资金']) {
      await see.text(funds, heading);
    }
    await see.count(preparer.locator('td[data-cell=review]:not(:empty)'), 0);
    // The imported 总分 (94.73) disagrees with its scores (84.73): the preparer may take the sum in one action.
    await see.text(preparer.locator('[data-accept-sum=form]'), '94.73');
    await see.text(preparer.locator('[data-accept-sum=form]'), '84.73');
    // The form has no 满意度指标 row: the warning says what to do, beside the 分值合计 it leaves short of 100.
    await see.text(preparer.locator('tr[data-row=total] td[data-cell=weight]'), '请新增满意度指标');
    await shoot(preparer, '04-report-draft');
    await confirmed(preparer, '提交自评', '确认提交');
    await see.text(preparer.locator('[data-testid=workflow] [role=alert]'), '自评不能提交');
    const weights = preparer.locator('tr[data-row=total] td[data-cell=weight]');
    await see.className(weights, /flagged-blocking/);
    await see.text(weights, '应为 100');
    await shoot(preparer, '05-submission-refused');
    await preparer.click('[data-action=fix-total]');
    await see.count(preparer.locator('[data-action=fix-total]'), 0);
    await see.exactly(preparer.locator('tr[data-row=total] td[data-label=填报总分]'), '填报 84.73');
  });

  it('lets the preparer change an actual value and a self score (refused without a reason), add and remove indicators, and submit', async () => {
    await row(preparer, 'i1').locator('button:has-text("修改")').click();
    const form = preparer.locator('form[data-form=indicator]');
    await form.locator('input[name=actual]').fill('良好');
    await form.locator('input[name=score]').fill('9');
    await form.locator('textarea[name=deviation]').fill('部分评估指标未达到优秀，明年加强督查');
    await form.locator('button[type=submit]').click();
    await see.text(form.locator('.field-error'), '原因');
    await shoot(preparer, '05b-indicator-reason-refused');
    await form.locator('input[name=reason]').fill('评估结果为良好，按实际扣分');
    await form.locator('button[type=submit]').click();
    await see.exactly(row(preparer, 'i1').locator('td[data-cell=score]'), /^9/);
    for (const [name, weight] of [['服务对象满意度', '10'], ['临时指标', '0']]) {
      await preparer.click('button:has-text("新增指标")');
      const add = preparer.locator('form[data-form=indicator]');
      await add.locator('input[name=level1]').fill('满意度指标');
      await add.locator('input[name=level2]').fill('服务对象满意度指标');
      await add.locator('input[name=name]').fill(name);
      await add.locator('input[name=target]').fill('≥90%');
      await add.locator('input[name=actual]').fill('95%');
      await add.locator('input[name=weight]').fill(weight);
      await add.locator('input[name=score]').fill(weight);
      await add.locator('button[type=submit]').click();
      await see.visible(preparer.locator(`tr.indicator:has-text("${name}")`));
    }
    await preparer.locator('tr.indicator:has-text("临时指标") button:has-text("删除")').click();
    await see.text(preparer.locator('.ant-popconfirm:visible'), '删除会记入历史记录');
    await preparer.click('.ant-popconfirm button:has-text("确认删除")');
    await see.count(preparer.locator('tr.indicator:has-text("临时指标")'), 0);
    // SPEC §6: the printed 总分 followed every edit in the same event, so there is no stale total to fix.
    const totalScore = preparer.locator('tr[data-row=total] td[data-cell=score]');
    await see.exactly(totalScore, /^\d+(\.\d+)?/);
    await see.count(preparer.locator('[data-action=fix-total]'), 0);
    await see.count(totalScore.locator('text=不等于各项填报得分之和'), 0);
    await shoot(preparer, '06-report-edited');
    await preparer.click('[data-testid=workflow] button:has-text("提交自评")');
    await see.text(preparer.locator('.ant-popconfirm'), '提交单位负责人签署');
    await shoot(preparer, '06b-confirm-submit');
    await preparer.click('.ant-popconfirm button:has-text("确认提交")');
    await reaches(preparer, '已自评待签署');
  });

  it('shows the head exactly which version is signed, and signs it off', async () => {
    head = await userPage(browser, url(), 'hn-head');
    await head.goto(reportUrl);
    const version = (await head.getByTestId('report-version').innerText()).match(/第 (\d+) 版/)![1];
    await see.text(head.getByTestId('sign-off'), `第 ${version} 版`);
    await shoot(head, '07-head-sign-off');
    await head.click(`button:has-text("签署第 ${version} 版")`);
    await reaches(head, '已签署待审核');
    await see.text(head.getByTestId('workflow'), `负责人签署第 ${version} 版`);
  });

  it('lets the reviewer comment on an indicator and return the report, the API refusing an empty return', async () => {
    reviewer = await userPage(browser, url(), 'reviewer');
    await reviewer.goto(reportUrl);
    await row(reviewer, 'i4').locator('button:has-text("写意见")').click();
    await reviewer.fill('tr.editor-row textarea[name=body]', '成本指标请附支出明细');
    await reviewer.click('tr.editor-row button:has-text("添加意见")');
    await see.text(reviewer.locator('tr[data-comments-for=i4]'), '成本指标请附支出明细');
    const returning = reviewer.locator('form[data-action=退回修改]');
    await returning.locator('button').click();
    await see.text(reviewer.locator('[data-testid=workflow] [role=alert]'), '输入无效');
    await returning.locator('textarea').fill('请补充满意度调查报告');
    await shoot(reviewer, '08-reviewer-commenting');
    await returning.locator('button').click();
    await reaches(reviewer, '已退回');
  });

  it('shows the preparer each comment at its indicator; resubmitted, it is signed off again', async () => {
    await preparer.goto('/reports');
    const listed = preparer.locator('.report-list tr.ant-table-row:has-text("营商环境")');
    await see.text(listed.locator('[data-testid=state-badge]'), '已退回');
    await shoot(preparer, '09a-list-returned');
    await preparer.goto(reportUrl);
    await see.exactly(badge(preparer), '已退回');
    await see.text(preparer.locator('tr[data-comments-for=i4]'), '成本指标请附支出明细');
    const comments = preparer.getByTestId('comments');
    await see.text(comments, '请补充满意度调查报告');
    await see.text(comments, 'reviewer（财政局审核人）');
    await see.text(comments, new Date().getFullYear().toString());
    await shoot(preparer, '09-returned-to-preparer');
    await confirmed(preparer, '提交自评', '确认提交');
    await reaches(preparer, '已自评待签署');
    await head.reload();
    await head.click('[data-testid=sign-off] button');
    await reaches(head, '已签署待审核');
  });

  it('lets the reviewer adjust a score with a reason, approve and publish', async () => {
    await reviewer.reload();
    await row(reviewer, 'i5').locator('button:has-text("调整得分")').click();
    await reviewer.fill('form[data-form=score] input[name=score]', '8');
    await reviewer.fill('form[data-form=score] input[name=reason]', '效益佐证材料不足');
    await reviewer.click('form[data-form=score] button[type=submit]');
    await see.exactly(row(reviewer, 'i5').locator('td[data-cell=review]'), /^8/);
    await see.exactly(row(reviewer, 'i1').locator('td[data-cell=review]'), '');
    await see.exactly(reviewer.locator('tr[data-row=total] td[data-cell=review]'), /\d+\.\d\d/);
    await see.count(reviewer.locator('[data-testid=current-user]:has-text("财政局审核人（财政局审核人）")'), 0);
    await shoot(reviewer, '10-review-adjusted');
    await confirmed(reviewer, '审核通过', '确认通过');
    await reaches(reviewer, '已审核待公开');
    await confirmed(reviewer, '公开报告', '确认公开');
    await reaches(reviewer, '已公开');
    await reviewer.goto('/reports');
    await reviewer.locator('.filters .ant-select:has([aria-label=状态])').click();
    await reviewer.locator('.ant-select-item-option[title=已公开]').click();
    await reviewer.waitForURL(/[?&]state=published/);
    await see.count(reviewer.locator('.report-list tbody tr.ant-table-row'), 1);
    await reviewer.fill('.filters input[name=q]', '不存在的项目');
    await reviewer.click('.filters button:has-text("查询")');
    await see.text(reviewer.locator('.report-list'), '没有符合条件的报告');
    expect(new URL(reviewer.url()).searchParams.get('q')).toBe('不存在的项目');
    await reviewer.goBack();
    await see.count(reviewer.locator('.report-list tbody tr.ant-table-row'), 1);
    await see.count(reviewer.locator('.filters input[name=q][value=""]'), 1);
    await see.text(reviewer.locator('.report-list thead'), '计算总分');
    await shoot(reviewer, '11-list-filtered');
  });

  it('shows the history as a timeline: who, when, what, from → to, why', async () => {
    await preparer.goto(`${reportUrl}/history`);
    const change = preparer.locator('[data-event=SelfScoreChanged]').first();
    await see.text(change, 'hn-preparer');
    await see.text(change, '评估结果为良好，按实际扣分');
    await see.text(change.locator('.from-to'), '10');
    await see.text(preparer.locator('[data-event=ScoreAdjusted]'), '效益佐证材料不足');
    await see.text(preparer.locator('[data-event=ScoresRecomputed]').first(), '系统');
    await see.text(preparer.locator('[data-event=SumAccepted]'), '采用合计作为总分');
    await see.text(preparer.locator('[data-event=SumAccepted] .from-to'), '84.73');
    await shoot(preparer, '12-history');
    await preparer.goto('/dashboard');
    await see.visible(preparer.locator('.figure').first());
    await shoot(preparer, '13-dashboard');
    const reviewerStats = await userPage(browser, url(), 'reviewer');
    await reviewerStats.goto('/dashboard');
    const stats = reviewerStats.locator('.stats-table');
    await see.visible(stats);
    await see.text(stats, '平均计算总分');
    // At 1280 px the whole table is on screen: the table is no wider than the box it sits in.
    expect(await stats.evaluate((box) => box.querySelector('table')!.getBoundingClientRect().width <= box.getBoundingClientRect().width + 1)).toBe(true);
    expect(await stats.locator('tbody td.ant-table-cell[style*="right"], tbody td.ant-table-cell-align-right, tbody td[class*="align-right"]').count()).toBeGreaterThan(0);
    await shoot(reviewerStats, '13b-statistics');
    await reviewerStats.context().close();
  });

  it('shows the published report to the public without login, with its documents', async () => {
    const visitor = await userPage(browser, url());
    await visitor.goto('/public');
    await visitor.click('a.report-link:has-text("营商环境")');
    await see.visible(visitor.locator('tr.indicator:has-text("服务对象满意度")'));
    await see.count(visitor.locator('button:has-text("提交自评"), button:has-text("修改")'), 0);
    // The worker renders the published version's documents from the event log, a few seconds after the transition.
    for (const deadline = Date.now() + 75000; Date.now() < deadline && !(await visitor.locator('.document-links a').count());) {
      await visitor.waitForTimeout(1000);
      await visitor.reload();
      await see.visible(visitor.locator('tr.indicator').first());
    }
    await see.count(visitor.locator('.document-links a'), 3);
    await shoot(visitor, '14-public-report');
    await visitor.goto('/public');
    await see.text(visitor.locator('.public-list thead'), '计算总分');
    await see.visible(visitor.locator('.public-list a.report-link'));
    await see.count(visitor.locator('.public-list .ant-spin-blur, .public-list .ant-spin-spinning'), 0);
    await shoot(visitor, '15-public-list');
  }, 110000);

  it('shows a department report with its narrative, its rule table and the flags where its scores contradict its rules', async () => {
    const hh = await userPage(browser, url(), 'hh-preparer');
    await hh.click('a.report-link:has-text("整体支出绩效自评报告")');
    await see.visible(hh.locator('[data-testid=report-sections]'));
    await hh.click('[data-testid=report-sections] summary');
    await see.text(hh.locator('[data-testid=report-sections]'), '部门概况');
    const rule = hh.locator('tr[data-indicator="r4"]');
    await see.text(rule, '预算控制率');
    await see.className(rule.locator('td[data-cell=score]'), /flagged/);
    await see.text(rule.locator('td[data-cell=score]'), '得分与计算不符');
    const annex1 = hh.getByTestId('annex-1');
    for (const heading of ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '指标解释 / 实际测算值', '自评得分', '计算得分', '审核得分']) {
      await see.text(annex1.locator('thead'), heading);
    }
    await see.exactly(annex1.locator('tr[data-row=total] td[data-cell=weight]'), '100.00');
    await see.text(hh.getByTestId('annex-2'), '经费控制情况（万元）');
    await see.text(hh.getByTestId('annex-2'), '2021年决算数');
    await see.exactly(hh.locator('[data-testid=annex-3] tr[data-row=total] td[data-cell=weight]'), /^100\.00/);
    await see.count(hh.locator('td[data-cell=weight]:has-text("190")'), 0);
    await shoot(hh, '16-department-report');
    // At phone width every table fits or scrolls in its own box: the page itself is never wider than the screen.
    await hh.setViewportSize({ width: 390, height: 844 });
    expect(await hh.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await hh.context().close();
  });

  it('keeps every navigation item within reach on a phone: what does not fit is under 更多, and 统计 opens from there', async () => {
    const phone = await userPage(browser, url(), 'hn-preparer', '/inbox');
    await see.visible(phone.locator('[data-testid=inbox]'));
    await phone.setViewportSize({ width: 390, height: 844 });
    const bar = phone.locator('header');
    const more = bar.getByRole('menuitem', { name: '更多' });
    await see.visible(more);
    const items = ['待办', '自评任务', '报告列表', '导入报告', '统计', '公开报告'];
    const inBar: string[] = [];
    for (const item of items) {
      const shown = bar.getByRole('menuitem', { name: item });
      if (!(await shown.isVisible())) continue;
      inBar.push(item);
      const box = (await shown.boundingBox())!;
      expect({ item, right: box.x + box.width <= 390 }).toEqual({ item, right: true });
    }
    await more.click();
    const overflow = phone.locator('.ant-menu-submenu-popup:visible');
    await see.visible(overflow.getByRole('menuitem').first());
    const underMore = await overflow.getByRole('menuitem').allInnerTexts();
    expect(items.filter((item) => !inBar.includes(item) && !underMore.some((text) => text.includes(item)))).toEqual([]);
    expect(underMore.some((text) => text.includes('统计'))).toBe(true);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(SCREENSHOTS, '17-nav-overflow-390.png'), animations: 'disabled' });
    await overflow.getByRole('menuitem', { name: '统计' }).click();
    await phone.waitForURL(/\/dashboard$/);
    await see.visible(phone.locator('.figure').first());
    // The user's name, 修改密码 and 退出 are behind the user button on a phone.
    await bar.getByRole('button', { name: /淮南市政府办填表人/ }).click();
    await see.text(phone.locator('.ant-dropdown:visible'), '淮南市政府办填表人（填表人）');
    await see.text(phone.locator('.ant-dropdown:visible'), '退出');
    await phone.screenshot({ path: join(SCREENSHOTS, '17-nav-user-390.png'), animations: 'disabled' });
    await phone.keyboard.press('Escape');
    await phone.setViewportSize({ width: 1280, height: 800 });
    await shoot(phone, '17-nav-dashboard');
    await phone.context().close();
  });
});
