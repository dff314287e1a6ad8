/** The optional tooltip: figure notes and chart marks show who, what, quote and source on focus and tap. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic(process.env.CHART_DIST ?? 'dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

test('keyboard: focusing a figure’s note shows its quote and source, Escape hides it, Enter shows it again and then goes to the note', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/military-balance/`);
  const link = page.locator('.prose-article a.fig-link').first();
  const noteId = (await link.getAttribute('href'))!.slice(1);
  const quote = (await page.locator(`#${noteId} .endnote-quote`).textContent())!;
  await link.focus();
  const tip = page.locator('#tip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(await tip.textContent()).toContain(quote);
  expect(await link.getAttribute('aria-describedby')).toBe('tip');
  await page.keyboard.press('Escape');
  await expect.poll(() => tip.isVisible()).toBe(false);
  await page.keyboard.press('Enter'); // shows the note again
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(page.url()).not.toContain('#note-');
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter'); // and now goes to it
  await page.waitForURL(`**#${noteId}`);
  await context.close();
});

test('touch: the first tap on a note shows it, the second goes to it', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${site.url}/military-balance/`);
  const link = page.locator('.prose-article a.fig-link').first();
  await link.tap();
  await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
  expect(page.url()).not.toContain('#note-');
  await page.waitForTimeout(400);
  await link.tap();
  await page.waitForURL('**#note-*');
  await context.close();
});

test('chart marks are keyboard focusable and show claimant, value and quote', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/charts/`);
  const mark = page.locator('.chart-art--wide [data-tip][tabindex="0"]').first();
  // The mark's row of its chart's tooltip table (src/lib/charts/tipTable.ts).
  const row = await mark.evaluate((el) => JSON.parse(el.closest('.chart-art')!.querySelector('.chart-tips')!.textContent!)[Number(el.getAttribute('data-tip'))]);
  expect(row.title && row.value).toBeTruthy();
  await mark.focus();
  const tip = page.locator('#tip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  for (const field of ['title', 'value', 'quote']) {
    if (row[field]) expect(await tip.textContent()).toContain(row[field]);
  }
  await context.close();
});

test('a reader who only reads never downloads the tooltip script: it is fetched on the first focus, and the tooltip then shows', async () => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
  await page.goto(`${site.url}/what-happened/`, { waitUntil: 'networkidle' });
  const loaded = [...scripts];
  expect(loaded.length, 'the page runs its own scripts').toBeGreaterThan(0);
  expect(await page.locator('#tip').count(), 'no tooltip before the reader asks for one').toBe(0);
  const mark = page.locator('.chart-art--narrow [data-tip][tabindex="0"]').first();
  await mark.focus();
  await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
  const fetched = scripts.slice(loaded.length);
  expect(fetched, 'one script more: the tooltip script').toHaveLength(1);
  // the script that shows the tooltip was not among those of the first load
  expect(loaded).not.toContain(fetched[0]);
  await context.close();
});
