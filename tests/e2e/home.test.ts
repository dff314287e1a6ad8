/** Loads the built home page in real Chromium, served from dist/ on 127.0.0.1. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatDate, informationDate, knownDates } from '../../src/lib/data/asOf.ts';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic('dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

test('the home page says what the site is, the date its information runs to, and links to the data', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => { if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) foreign.push(r.url()); });

  const response = await page.goto(`${site.url}/`);
  expect(response?.status()).toBe(200);
  await expect.poll(() => page.locator('h1').textContent()).toMatch(/Pakistan and Afghanistan/);

  const { tree } = await loadContent('content');
  const asOf = formatDate(informationDate(...knownDates(tree as unknown as Parameters<typeof knownDates>[0])));
  expect(await page.locator('main').innerText()).toContain(`Covers events to ${asOf}`);

  await page.getByRole('link', { name: 'data page' }).click();
  await page.waitForURL(`${site.url}/data/`);
  expect(await page.locator('h1').textContent()).toMatch(/Every figure/);
  expect(errors, 'no console errors (CSP violations show here)').toEqual([]);
  expect(foreign, 'no request leaves the site').toEqual([]);
  await context.close();
});

test('the home page reads with JavaScript off and shows claims side by side', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  const cards = page.locator('#toll ~ ul > li');
  expect(await cards.count()).toBeGreaterThan(1);
  const text = await page.locator('main').innerText();
  expect(text).toMatch(/Pakistan/);
  expect(text).toMatch(/Afghan/);
  await context.close();
});
