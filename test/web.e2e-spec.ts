import { join } from 'node:path';
import { launch, shoot, userPage, type Browser, type Page } from '../apps/web/e2e/browser';
import { see } from '../apps/web/e2e/expect-page';
import { useSystem } from '../apps/web/e2e/system';

const FIXTURE = join(__dirname, '..', 'fixtures', 'seed-004', '02-business-environment.json');

/** The web app walks one report from import to publication with three users in one browser, as SPEC §7 orders it. */
describe('the web app, in Chromium', () => {
  const { url } = useSystem();
  let browser: Browser;
  let preparer: Page;
  let head: Page;
  let reviewer: Page;
  let reportUrl = '';
  const badge = (page: Page) => page.locator('.report-header [data-testid=state-badge]');
  const row = (page: Page, id: string) => page.locator(`tr[data-indicator="${id}"]`);

  beforeAll(async () => {
    browser = await launch();
    const anonymous = await userPage(browser, url());
    await anonymous.goto('/login');
    await shoot(anonymous, '01-login');
    await anonymous.context().close();
  });
  afterAll(async () => browser?.close());

  it('lets the preparer import a form, and shows every blocking problem of a refused submission at its cell', async () => {
    preparer = await userPage(browser, url(), 'hn-preparer');
    await preparer.waitForSelector('table.list tbody tr');
    await shoot(preparer, '02-report-list');
    await preparer.click('text=导入报告 >> nth=-1');
    await preparer.setInputFiles('input[type=file]', FIXTURE);
    await shoot(preparer, '03-import');
    await preparer.click('button:has-text("导入")');
    await preparer.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportUrl = new URL(preparer.url()).pathname;
    await see.exactly(badge(preparer), '草稿');
    await shoot(preparer, '04-report-draft');
    await preparer.click('button:has-text("提交自评")');
    await see.text(preparer.locator('[data-testid=workflow] [role=alert]'), '自评不能提交');
    const weights = preparer.locator('tr[data-row=total] td[data-cell=weight]');
    await see.className(weights, /flagged-blocking/);
    await see.text(weights, '应为 100');
    await shoot(preparer, '05-submission-refused');
  });

  it('lets the preparer change an actual value and a self score (refused without a reason), add and remove indicators, and submit', async () => {
    await row(preparer, 'i1').locator('button:has-text("修改")').click();
    const form = preparer.locator('form[data-form=indicator]');
    await form.locator('input[name=actual]').fill('良好');
    await form.locator('input[name=score]').fill('9');
    await form.locator('textarea[name=deviation]').fill('部分评估指标未达到优秀，明年加强督查');
    await form.locator('button[type=submit]').click();
    await see.text(form.locator('.field-error'), '原因');
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
    preparer.once('dialog', (dialog) => void dialog.accept());
    await preparer.locator('tr.indicator:has-text("临时指标") button:has-text("删除")').click();
    await see.count(preparer.locator('tr.indicator:has-text("临时指标")'), 0);
    // SPEC §6: the printed 总分 followed every edit in the same event, so there is no stale total to fix.
    const totalScore = preparer.locator('tr[data-row=total] td[data-cell=score]');
    await see.exactly(totalScore, /^\d+(\.\d+)?/);
    await see.count(preparer.locator('[data-action=fix-total]'), 0);
    await see.count(totalScore.locator('text=不等于各项填报得分之和'), 0);
    await shoot(preparer, '06-report-edited');
    await preparer.click('button:has-text("提交自评")');
    await see.exactly(badge(preparer), '已自评待签署');
  });

  it('shows the head exactly which version is signed, and signs it off', async () => {
    head = await userPage(browser, url(), 'hn-head');
    await head.goto(reportUrl);
    const version = (await head.getByTestId('report-version').innerText()).match(/第 (\d+) 版/)![1];
    await see.text(head.getByTestId('sign-off'), `第 ${version} 版`);
    await shoot(head, '07-head-sign-off');
    await head.click(`button:has-text("签署第 ${version} 版")`);
    await see.exactly(badge(head), '已签署待审核');
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
    await see.exactly(badge(reviewer), '草稿');
  });

  it('shows the preparer each comment at its indicator; resubmitted, it is signed off again', async () => {
    await preparer.reload();
    await see.text(preparer.locator('tr[data-comments-for=i4]'), '成本指标请附支出明细');
    await see.text(preparer.getByTestId('comments'), '请补充满意度调查报告');
    await shoot(preparer, '09-returned-to-preparer');
    await preparer.click('button:has-text("提交自评")');
    await see.exactly(badge(preparer), '已自评待签署');
    await head.reload();
    await head.click('[data-testid=sign-off] button');
    await see.exactly(badge(head), '已签署待审核');
  });

  it('lets the reviewer adjust a score with a reason, approve and publish', async () => {
    await reviewer.reload();
    await row(reviewer, 'i5').locator('button:has-text("调整得分")').click();
    await reviewer.fill('form[data-form=score] input[name=score]', '8');
    await reviewer.fill('form[data-form=score] input[name=reason]', '效益佐证材料不足');
    await reviewer.click('form[data-form=score] button[type=submit]');
    await see.exactly(row(reviewer, 'i5').locator('td[data-cell=review]'), /^8/);
    await shoot(reviewer, '10-review-adjusted');
    await reviewer.click('button:has-text("审核通过")');
    await see.exactly(badge(reviewer), '已审核待公开');
    await reviewer.click('button:has-text("公开报告")');
    await see.exactly(badge(reviewer), '已公开');
    await reviewer.goto('/reports?state=published');
    await see.count(reviewer.locator('table.list tbody tr'), 1);
    await shoot(reviewer, '11-list-filtered');
  });

  it('shows the history as a timeline: who, when, what, from → to, why', async () => {
    await preparer.goto(`${reportUrl}/history`);
    const change = preparer.locator('[data-event=SelfScoreChanged]').first();
    await see.text(change, 'hn-preparer');
    await see.text(change, '评估结果为良好，按实际扣分');
    await see.text(change.locator('.from-to'), '10');
    await see.text(preparer.locator('[data-event=ScoreAdjusted]'), '效益佐证材料不足');
    await shoot(preparer, '12-history');
    await preparer.goto('/dashboard');
    await see.visible(preparer.locator('.figure').first());
    await shoot(preparer, '13-dashboard');
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
    await shoot(hh, '16-department-report');
    await hh.context().close();
  });
});
