/** Embeds fetch their wide artboard only in a frame wide enough for it, and their tooltips on the first focus; without scripts the narrow artboard shows at every width. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { CHARTS } from '../../src/lib/charts/registry';
import { waitForWideArtboards } from '../helpers/browser.ts';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic('dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

/** Which artboard shows (its SVGs' class and width), and which wide.json requests the frame made. */
async function load(id: string, width: number, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('.json')) fetched.push(r.url().replace(/^.*\//, '')); });
  await page.goto(`${site.url}/embed/${id}/`, { waitUntil: 'networkidle' });
  if (javaScriptEnabled) await waitForWideArtboards(page);
  const shown = await page.$$eval('.chart-art svg', (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0)
    .map((s) => ({ narrow: s.classList.contains('chart-svg--narrow'), width: Math.round(s.getBoundingClientRect().width) })));
  return { page, context, fetched, shown };
}

test.each(CHARTS.map((c) => c.id))('%s: narrow frame, narrow artboard, nothing fetched; wide frame, wide artboard with working tooltips; no JS, narrow everywhere', async (id) => {
  const narrow = await load(id, 375);
  expect(narrow.fetched).toEqual([]);
  await narrow.page.locator('.chart-art--narrow [data-tip][tabindex="0"]').first().focus();
  await expect.poll(() => narrow.page.locator('#tip').isVisible()).toBe(true);
  expect(narrow.fetched).toEqual(['tips.json']);
  expect(narrow.shown.length).toBeGreaterThan(0);
  expect(narrow.shown.every((s) => s.narrow)).toBe(true);
  await narrow.context.close();

  const wide = await load(id, 1200);
  expect(wide.fetched).toEqual(['wide.json']);
  expect(wide.shown.length).toBeGreaterThan(0);
  expect(wide.shown.every((s) => !s.narrow)).toBe(true);
  const mark = wide.page.locator('.chart-art--wide [data-tip][tabindex="0"]:visible').first();
  await mark.focus();
  await expect.poll(() => wide.page.locator('#tip').isVisible()).toBe(true);
  expect((await wide.page.locator('#tip').textContent())!.length).toBeGreaterThan(5);
  expect(wide.fetched).toEqual(['wide.json', 'tips.json']);
  await wide.context.close();

  const noJs = await load(id, 1200, false);
  expect(noJs.fetched).toEqual([]);
  expect(noJs.shown.length).toBeGreaterThan(0);
  expect(noJs.shown.every((s) => s.narrow)).toBe(true);
  await noJs.context.close();
});
