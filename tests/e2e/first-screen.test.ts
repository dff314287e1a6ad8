/**
 * What an article costs before the reader scrolls (issue 16): the italic serif, set only in the
 * notes at the end, is fetched when the reader scrolls near them, not with the first screen; and
 * it is there once they do.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { FACES } from '../../src/lib/site/fonts.mjs';
import { page as builtPage } from '../helpers/html';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic('dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

/** The italic's file: the serif face's second @font-face in the page's font CSS. */
function italicUrl(path: string): string {
  const faces = [...builtPage(path).innerHTML.matchAll(/@font-face\{font-family:"?Source Serif 4-[^;]*;src:url\("([^"]+)"\)[^}]*font-style:(\w+)/g)];
  const url = faces.find((f) => f[2] === 'italic')?.[1];
  expect(url, 'the serif italic @font-face').toBeDefined();
  expect(FACES[0].variants.some((v) => v.style === 'italic')).toBe(true);
  return url!;
}

/** Opens `path` on a phone-sized screen, recording every font it fetches. */
async function openOnPhone(path: string) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const fonts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname); });
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  return { context, page, fonts };
}

test('/what-happened/: the italic is not fetched for the first screen, and is once the reader reaches the notes', async () => {
  const italic = italicUrl('/what-happened/');
  const { context, page, fonts } = await openOnPhone('/what-happened/');
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts).not.toContain(italic);
  await page.locator('.endnote-quote').first().scrollIntoViewIfNeeded();
  await expect.poll(() => fonts.includes(italic)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.fonts.check('italic 16px "' + getComputedStyle(document.querySelector('.endnote-quote')!).fontFamily.split(',')[0].replace(/"/g, '') + '"'))).toBe(true);
  await context.close();
});

test('/charts/: charts below the first screen are laid out when the reader nears them, and the italic waits for a tooltip', async () => {
  const italic = italicUrl('/charts/');
  const { context, page, fonts } = await openOnPhone('/charts/');
  // checkVisibility({ contentVisibilityAuto: true }) is false for content whose rendering is skipped
  const rendered = () => page.$$eval('main figure.chart .chart-art--narrow > svg:first-child', (svgs) =>
    svgs.map((s) => s.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions)));
  const before = await rendered();
  expect(before.length).toBe(5);
  expect(before[0], 'the first chart is on the first screen').toBe(true);
  expect(before.at(-1), 'the last chart is not laid out for the first screen').toBe(false);
  expect(fonts).not.toContain(italic);
  await page.locator('main figure.chart').last().scrollIntoViewIfNeeded();
  await expect.poll(async () => (await rendered()).at(-1)).toBe(true);
  await context.close();
});
