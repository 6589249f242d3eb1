import { userPage, type Browser, type Page } from '../apps/web/e2e/browser';
import { useSystem } from '../apps/web/e2e/system';

/** SPEC §19: the built web app works under its Content-Security-Policy — no blocked script, style, font or image. */
describe('the web app under its Content-Security-Policy, in Chromium', () => {
  const { url, launchBrowser } = useSystem();
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });

  const watch = (page: Page) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    return violations;
  };

  it('signs in, lists the reports and opens one, with nothing refused by the policy', async () => {
    const anonymous = await userPage(browser, url());
    const beforeLogin = watch(anonymous);
    const page = await anonymous.goto('/login');
    expect(page?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await anonymous.context().close();
    expect(beforeLogin).toEqual([]);

    const preparer = await userPage(browser, url(), 'hn-preparer');
    const violations = watch(preparer);
    await preparer.reload();
    await preparer.waitForSelector('.report-list tr.ant-table-row');
    await preparer.click('.report-list tr.ant-table-row >> nth=0 >> a');
    await preparer.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await preparer.waitForSelector('.report-header');
    expect(await preparer.evaluate('document.querySelectorAll("style").length')).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  }, 120000);

  it('shows the OpenAPI page, with nothing refused by the policy', async () => {
    const page = await userPage(browser, url());
    const violations = watch(page);
    await page.goto('/api/docs');
    await page.waitForSelector('.swagger-ui .opblock');
    expect(violations).toEqual([]);
    await page.context().close();
  }, 60000);

  it('has the page asked for again on every visit, and its code, named by content, cached for good', async () => {
    for (const path of ['/login', '/reports/some-id', '/index.html']) {
      const page = await fetch(url(path), { headers: { Accept: 'text/html' } });
      expect({ path, status: page.status, cache: page.headers.get('cache-control') }).toEqual({ path, status: 200, cache: 'no-cache' });
    }
    const html = await (await fetch(url('/login'), { headers: { Accept: 'text/html' } })).text();
    const code = html.match(/\/assets\/[^"]+\.js/)?.[0];
    expect(code).toBeDefined();
    const script = await fetch(url(code!));
    expect({ status: script.status, cache: script.headers.get('cache-control') })
      .toEqual({ status: 200, cache: 'public, max-age=31536000, immutable' });
  });
});
