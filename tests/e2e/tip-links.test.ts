/**
 * A chart mark's tooltip links to the page of each record it draws, and the link can be reached:
 * with a mouse (the tip stays while the pointer moves onto it) and with a finger (a tap shows the
 * tip, a tap on its link follows it).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic(process.env.CHART_DIST ?? 'dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

const CASES = [['/what-happened/', 'casualty-claims', /^\/claims\//], ['/military-balance/', 'force-balance', /^\/figures\/forces\//], ['/returnees/', 'returnee-flows', /^\/figures\/returnees\//]] as const;

test.each(CASES)('mouse on %s: hover a %s mark, move onto the tip, follow its link', async (path, id, expected) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url + path);
  const mark = page.locator(`figure#${id} .chart-art svg:visible .mark :is(rect, circle)`).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const link = page.locator('#tip .tip-links a').first();
  await expect.poll(() => link.isVisible()).toBe(true);
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(expected);
  await link.hover();
  await page.waitForTimeout(400); // longer than the tip's hide delay
  await link.click();
  await page.waitForURL((u) => u.pathname === href);
  await context.close();
});

test.each(CASES)('finger on %s: tap a %s mark, the tip stays, tap its link', async (path, id, expected) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(site.url + path);
  const mark = page.locator(`figure#${id} .chart-art svg:visible .mark :is(rect, circle)`).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.tap();
  const link = page.locator('#tip .tip-links a').first();
  // (the tooltip script is fetched on that first tap: on a loaded machine it can take longer than the hide delay)
  await expect.poll(() => link.isVisible()).toBe(true);
  await page.waitForTimeout(400); // longer than the tip's hide delay: it stays
  expect(await link.isVisible()).toBe(true);
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(expected);
  await link.tap();
  await page.waitForURL((u) => u.pathname === href);
  await context.close();
});
