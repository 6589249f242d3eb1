import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { organisationFile } from '@jixiao/testing';
import { shoot, userPage, type Browser, type Page } from '../apps/web/e2e/browser';
import { see } from '../apps/web/e2e/expect-page';
import { useSystem } from '../apps/web/e2e/system';

const FORM = join(__dirname, '..', 'fixtures', 'seed-004', '02-business-environment.json');

/** SPEC §16 in the browser: an admin sets up a department and a preparer, who chooses a password and imports a form. */
describe('the 管理 area, in Chromium', () => {
  const { url, launchBrowser } = useSystem();
  let browser: Browser;
  let admin: Page;
  let oneTimePassword = '';
  const modal = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal').last();
  /** Picks an option and sees it chosen: a click that lands while the dropdown is still opening is lost, so it tries again. */
  const choose = async (page: Page, field: string, option: string) => {
    const select = modal(page).locator(`.ant-form-item:has(label:text-is("${field}")) .ant-select`);
    for (let attempt = 1; attempt <= 3; attempt++) {
      if (!(await page.locator('.ant-select-dropdown:visible').count())) await select.click();
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
      if ((await select.innerText()).includes(option)) return;
    }
    throw new Error(`could not choose ${option} in ${field}`);
  };

  beforeAll(async () => { browser = await launchBrowser(); });

  it('an admin adds a department to 淮南 in the organisation tree', async () => {
    admin = await userPage(browser, url(), 'admin');
    await admin.getByRole('menuitem', { name: '管理' }).click();
    await see.text(admin.locator('.ant-tree'), '淮南市人民政府办公室');
    await shoot(admin, '20-admin-organisation');
    await admin.click('[data-action=add-department]');
    await modal(admin).locator('input#code').fill('040');
    await modal(admin).locator('input#name').fill('淮南市教育局');
    await choose(admin, '所属区划', '淮南市财政局（340400）');
    await shoot(admin, '21-admin-add-department');
    await modal(admin).locator('.ant-modal-footer .ant-btn-primary').click();
    await see.text(admin.locator('.ant-tree'), '淮南市教育局');
  });

  it('refuses a duplicate code at its field, in Chinese', async () => {
    await admin.click('[data-action=add-department]');
    await modal(admin).locator('input#code').fill('009');
    await modal(admin).locator('input#name').fill('重复的单位');
    await choose(admin, '所属区划', '淮南市财政局（340400）');
    await modal(admin).locator('.ant-modal-footer .ant-btn-primary').click();
    await see.text(modal(admin).locator('.ant-form-item-explain-error'), '单位编码：「009」已存在');
    await modal(admin).locator('.ant-modal-footer .ant-btn:not(.ant-btn-primary)').click();
  });

  it('creates a preparer of that department and shows the one-time password once', async () => {
    await admin.click('.ant-tabs-tab >> text=用户');
    await see.text(admin.locator('[data-testid=users-table]'), 'hn-preparer');
    await admin.click('[data-action=add-user]');
    await modal(admin).locator('input#username').fill('edu-preparer');
    await modal(admin).locator('input#displayName').fill('教育局填表人');
    await choose(admin, '所属单位（主管部门）', '淮南市教育局（040）');
    await modal(admin).locator('input#email').fill('edu@huainan.gov.cn');
    await modal(admin).locator('.ant-modal-footer .ant-btn-primary').click();
    const shown = admin.locator('[data-testid=one-time-password]');
    await see.visible(shown);
    oneTimePassword = /[A-Za-z0-9]{16}/.exec(await shown.innerText())![0];
    await shoot(admin, '22-admin-one-time-password');
    await modal(admin).locator('.ant-modal-footer .ant-btn-primary').click();
    await see.text(admin.locator('[data-testid=users-table]'), 'edu-preparer');
    await see.text(admin.locator('[data-testid=users-table] tr:has-text("edu-preparer")'), '待设密码');
    // The one-time-password dialog fades out after the click: the table is shot once it is gone.
    await see.count(admin.locator('.ant-modal-wrap:visible, .ant-modal-mask:visible'), 0);
    await shoot(admin, '23-admin-users');
  });

  it('the preparer signs in, is made to choose a password, then imports a form', async () => {
    const preparer = await userPage(browser, url());
    await preparer.goto('/login');
    await preparer.fill('input[name=username]', 'edu-preparer');
    await preparer.fill('input[name=password]', oneTimePassword);
    await preparer.click('button[type=submit]');
    await preparer.waitForURL(/\/password$/);
    await preparer.goto('/reports');
    await preparer.waitForURL(/\/password$/);
    await see.text(preparer.getByTestId('change-password'), '请设置您自己的密码');
    await preparer.fill('input#current', oneTimePassword);
    await preparer.fill('input#next', '1234567890');
    await preparer.fill('input#repeat', '1234567890');
    await preparer.click('[data-form=password] button[type=submit]');
    await see.text(preparer.locator('.ant-form-item-explain-error'), '过于常见');
    await shoot(preparer, '24-change-password-refused');
    await preparer.fill('input#next', '教育局-绩效自评-2024');
    await preparer.fill('input#repeat', '教育局-绩效自评-2024');
    await preparer.click('[data-form=password] button[type=submit]');
    await preparer.waitForURL(/\/reports$/);
    await preparer.click('text=导入报告 >> nth=-1');
    await preparer.setInputFiles('input[type=file]', FORM);
    await preparer.click('button:has-text("导入")');
    await preparer.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await see.exactly(preparer.locator('.report-header [data-testid=state-badge]'), '草稿');
    await shoot(preparer, '25-new-preparer-imported');
  });

  it('a bulk file with a bad row shows each problem by sheet, row and column, and imports nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-web-org-'));
    const file = join(dir, 'organisation.xlsx');
    writeFileSync(file, await organisationFile({
      单位: [['050', '淮南市卫健委', '340400', '']],
      用户: [['wj-preparer', '卫健委填表人', '填表人', '050', '', ''], ['wj-reviewer', '审核', '财政审核人', '050', '', '']],
    }));
    await admin.click('.ant-tabs-tab >> text=批量导入');
    await admin.setInputFiles('[data-testid=organisation-upload] input[type=file]', file);
    await see.text(admin.locator('[data-testid=import-problems]'), '所属单位编码');
    await see.text(admin.locator('.ant-alert-error'), '未导入任何内容');
    await shoot(admin, '26-admin-import-refused');
    writeFileSync(file, await organisationFile({
      单位: [['050', '淮南市卫健委', '340400', '']],
      用户: [['wj-preparer', '卫健委填表人', '填表人', '050', '', '']],
    }));
    await admin.setInputFiles('[data-testid=organisation-upload] input[type=file]', file);
    await see.text(admin.locator('[data-testid=import-results]'), 'wj-preparer');
    await shoot(admin, '27-admin-import-done');
    await admin.click('.ant-tabs-tab >> text=登录记录');
    await see.text(admin.locator('[data-testid=sign-ins-table]'), 'edu-preparer');
    await shoot(admin, '28-admin-sign-ins');
    await admin.click('.ant-tabs-tab >> text=变更记录');
    await see.text(admin.locator('.ant-table'), 'edu-preparer');
    await shoot(admin, '29-admin-audit');
  });
});
