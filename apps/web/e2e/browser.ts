import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export type { Browser, Page };

export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-output', 'screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

export async function launch(): Promise<Browser> {
  // playwright-core lives in apps/web's own node_modules, not the root's: required by its resolved path.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require(require.resolve('playwright-core', { paths: [join(__dirname, '..')] }));
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** How long a page may take to show what a user should see: CI shares 2 cores between Chromium, the API and PostgreSQL. */
export const UI_TIMEOUT_MS = 20000;

/** One browser context per user: each keeps its own session in its own localStorage. */
export async function userPage(browser: Browser, baseUrl: string, username?: string, landing = '/reports'): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', baseURL: baseUrl });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  if (username) {
    await page.goto('/login');
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', 'jixiao-demo');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/inbox$/);
    if (landing !== '/inbox') await page.goto(landing);
  }
  return page;
}

/** Every screen at 1280×800 and at 390 px wide, whole page. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-1280.png`), fullPage: true, animations: 'disabled' });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-390.png`), fullPage: true, animations: 'disabled' });
  await page.setViewportSize(DESKTOP);
}
