import type { Locator } from 'playwright-core';
import { UI_TIMEOUT_MS } from './browser';

/** Waits (as Playwright's own web-first assertions do) until the page shows what a user should see. */
async function until(describe: string, probe: () => Promise<string>, matches: (value: string) => boolean, timeoutMs = UI_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    last = await probe().catch((e: Error) => `(${e.message.split('\n')[0]})`);
    if (matches(last)) return;
    if (Date.now() > deadline) throw new Error(`${describe}; last seen: ${JSON.stringify(last.slice(0, 400))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const textOf = (locator: Locator) => () => locator.first().innerText({ timeout: 1000 });

export const see = {
  text: (locator: Locator, text: string) =>
    until(`expected ${locator} to contain "${text}"`, textOf(locator), (v) => v.includes(text)),
  exactly: (locator: Locator, text: string | RegExp) =>
    until(`expected ${locator} to read ${text}`, textOf(locator), (v) => (typeof text === 'string' ? v.trim() === text : text.test(v.trim()))),
  className: (locator: Locator, pattern: RegExp) =>
    until(`expected ${locator} to have class ${pattern}`, async () => (await locator.first().getAttribute('class', { timeout: 1000 })) ?? '', (v) => pattern.test(v)),
  count: (locator: Locator, count: number) =>
    until(`expected ${count} of ${locator}`, async () => String(await locator.count()), (v) => v === String(count)),
  visible: (locator: Locator) => locator.first().waitFor({ state: 'visible' }),
  /** Anything the page shows, read by `probe`: what it last read is in the failure. */
  that: (describe: string, probe: () => Promise<string>, matches: (value: string) => boolean) => until(describe, probe, matches),
};
