import { shoot, userPage, type Browser } from '../apps/web/e2e/browser';
import { see } from '../apps/web/e2e/expect-page';
import { useSystem } from '../apps/web/e2e/system';
import { generateByCommands } from './support/report-generator';

/** Statistics as a province reviewer reads them: the cities side by side, one opened, and back up the trail. */
describe('statistics by region in the web app', () => {
  const { url, db, launchBrowser } = useSystem();
  let browser: Browser;

  const statsOf = async (username: string, query: string) => {
    const login = await fetch(url('/api/auth/login'), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'jixiao-demo' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    return (await fetch(url(`/api/stats?${query}`), { headers: { Authorization: `Bearer ${accessToken}` } })).json() as Promise<any>;
  };

  beforeAll(async () => {
    // A county under 淮南, and the generator's two other departments placed in it and in the city itself.
    await db.pool.query(`INSERT INTO regions (code, name, parent_code) VALUES ('340421', '凤台县财政局', '340400')`);
    await db.pool.query(`INSERT INTO departments (code, name, region_code) VALUES ('d03', '凤台县教育局', '340421'), ('d04', '淮南市教育局', '340400')`);
    await generateByCommands(db.pool, 40, 5, 4);
    // The generated reports need no scores or documents from the worker: its feed starts after them.
    await db.pool.query(`
      UPDATE projection_checkpoints c SET transaction_id = last.transaction_id, position = last.position
      FROM (SELECT transaction_id, position FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1) last
      WHERE c.name = 'job-feed'`);
    browser = await launchBrowser();
  });

  it('compares the cities in a chart and a table, opens one, and goes back up by the breadcrumb', async () => {
    const province = await statsOf('reviewer', '');
    expect(province.regions.map((r: { region: string }) => r.region)).toEqual(['340400', '431200']);
    const page = await userPage(browser, url(), 'reviewer', '/dashboard');
    await see.exactly(page.locator('[data-testid=region-trail]'), '演示省财政厅');
    await see.visible(page.locator('[data-testid=region-chart] canvas'));
    const cities = page.locator('.region-table tbody tr.ant-table-row');
    await see.count(cities, 2);
    await see.text(cities.first(), String(province.regions[0].reports));
    await see.text(page.locator('.stats-table'), `共 ${province.departmentsTotal} 个单位`);
    await shoot(page, '13c-statistics-regions');

    await cities.first().locator('a:has-text("淮南市财政局")').click();
    const city = await statsOf('reviewer', 'region=340400');
    await see.exactly(page.locator('[data-testid=region-trail]'), /^演示省财政厅\s*\/\s*淮南市财政局$/);
    await see.count(page.locator('.region-table tbody tr.ant-table-row'), city.regions.length);
    await see.text(page.locator('.region-table tbody tr.ant-table-row').first(), '凤台县财政局');
    await see.count(page.locator('.stats-table tbody tr.ant-table-row'), city.departmentsTotal);
    await see.text(page.locator('[data-testid=overall]'), city.overall.averageComputedTotal);
    await see.count(page.locator('[data-testid=region-chart]'), 0); // one county: nothing to compare
    await shoot(page, '13d-statistics-city');

    // The selection is the address's: a reload shows the same level, Back the level above, and three levels read as such.
    const trail = page.locator('[data-testid=region-trail]');
    expect(new URL(page.url()).searchParams.get('region')).toBe('340400');
    await page.reload();
    await see.exactly(trail, /^演示省财政厅\s*\/\s*淮南市财政局$/);
    await page.locator('.region-table a:has-text("凤台县财政局")').click();
    await see.exactly(trail, /^演示省财政厅\s*\/\s*淮南市财政局\s*\/\s*凤台县财政局$/);
    await page.goBack();
    await see.exactly(trail, /^演示省财政厅\s*\/\s*淮南市财政局$/);
    await page.goBack();
    await see.exactly(trail, '演示省财政厅');
    await page.goForward();
    await see.exactly(trail, /^演示省财政厅\s*\/\s*淮南市财政局$/);

    await page.locator('[data-testid=region-trail] a:has-text("演示省财政厅")').click();
    await see.exactly(page.locator('[data-testid=region-trail]'), '演示省财政厅');
    await see.count(cities, 2);
    await page.context().close();
  });

  it('starts a city reviewer at the city', async () => {
    const page = await userPage(browser, url(), 'hn-reviewer', '/dashboard');
    await see.exactly(page.locator('[data-testid=region-trail]'), '淮南市财政局');
    await see.text(page.locator('.region-table'), '凤台县财政局');
    await page.context().close();
  });

  it('asks for a reload when the code of a screen cannot be fetched (an update replaced it), and the reload brings the screen', async () => {
    const page = await userPage(browser, url(), 'reviewer', '/inbox');
    const dashboardCode = /\/assets\/DashboardPage-[^/]+\.js$/;
    await page.route(dashboardCode, (route) => route.abort());
    await page.goto('/dashboard');
    await see.text(page.locator('[data-testid=screen-failed]'), '页面加载失败');
    await see.count(page.locator('[data-testid=region-trail]'), 0);
    await shoot(page, '13e-screen-failed');
    await page.unroute(dashboardCode);
    await page.click('[data-testid=screen-failed] button:has-text("刷新页面")');
    await see.exactly(page.locator('[data-testid=region-trail]'), '演示省财政厅');
    await page.context().close();
  });

  it('pages the public list through every published report, the page kept in the address', async () => {
    const published = async () => ((await (await fetch(url('/api/public/reports?pageSize=1'))).json()) as { total: number }).total;
    // The generator's writers interleave, so how many it publishes varies: more reports until there are two pages.
    for (let seed = 100; (await published()) <= 20; seed++) await generateByCommands(db.pool, 10, seed, 2);
    const total = await published();
    const page = await userPage(browser, url(), undefined, '/public');
    await page.goto('/public');
    const rows = page.locator('.public-list tbody tr.ant-table-row');
    await see.count(rows, 20);
    await see.text(page.locator('.public-list .ant-pagination'), `共 ${total} 份`);
    await page.locator('.public-list .ant-pagination-item-2').click();
    await see.count(rows, Math.min(20, total - 20));
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await page.reload();
    await see.count(rows, Math.min(20, total - 20));
    await page.context().close();
  });
});
