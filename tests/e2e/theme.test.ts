/** The head's theme bootstrap in Chromium: the system setting without JavaScript, a stored choice with it. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic('dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

const paper = async (opts: { js: boolean; scheme: 'light' | 'dark'; stored?: string }, path = '/claims/pk-ispr-2026-02-27-afghan-killed-274/') => {
  const context = await browser.newContext({ javaScriptEnabled: opts.js, colorScheme: opts.scheme });
  if (opts.stored) await context.addInitScript((t) => localStorage.setItem('theme', t), opts.stored);
  const page = await context.newPage();
  await page.goto(site.url + path);
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await context.close();
  return bg;
};
const DARK = 'rgb(21, 22, 26)';
const LIGHT = 'rgb(251, 250, 247)';

test('without JavaScript the page follows the system setting, dark or light', async () => {
  expect(await paper({ js: false, scheme: 'dark' })).toBe(DARK);
  expect(await paper({ js: false, scheme: 'light' })).toBe(LIGHT);
  expect(await paper({ js: false, scheme: 'dark' }, '/what-happened/')).toBe(DARK);
});

test('with JavaScript a stored choice wins over the system setting, both ways', async () => {
  expect(await paper({ js: true, scheme: 'dark', stored: 'light' })).toBe(LIGHT);
  expect(await paper({ js: true, scheme: 'light', stored: 'dark' })).toBe(DARK);
  expect(await paper({ js: true, scheme: 'dark' })).toBe(DARK);
});
