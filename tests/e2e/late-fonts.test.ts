/**
 * A reader whose web fonts come a second late (a slow network) sees the page in its metric-matched
 * fallback faces first (FALLBACK_FACES in src/lib/site/fonts.mjs), and nothing moves when the fonts
 * swap in. Before, the fallbacks named only Times New Roman and Arial, which Linux lacks: the
 * serif fell back to DejaVu Serif, a fifth wider, and the text reflowed when Source Serif came in
 * (layout shift 0.14 on a figure page, 0.19 on a claim page, where a bold title set in the
 * regular fallback rewrapped).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { htmlPaths } from '../helpers/html';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic('dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

const paths = htmlPaths();
const first = (prefix: string) => paths.find((p) => p.startsWith(prefix) && p !== prefix)!;

/** Layout shift (the sum CLS counts) over a load at 412 px whose web fonts are held back a second. */
async function shiftWithLateFonts(path: string): Promise<{ total: number; fonts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(`window.__shift = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });`);
    const page = await context.newPage();
    await page.route('**/*.woff2', async (route) => { await new Promise((ok) => setTimeout(ok, 1000)); await route.continue(); });
    await page.goto(site.url + path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    return {
      total: (await page.evaluate('window.__shift')) as number,
      fonts: (await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family))) as string[],
    };
  } finally {
    await context.close();
  }
}

test.each([first('/figures/figures/'), first('/claims/'), '/what-happened/'])('%s does not move when its web fonts arrive a second late', async (path) => {
  // A shift the fonts cause comes on every load (the old fallbacks: 0.14, 0.19, 0.07 each time); on a
  // loaded machine a load can also shift once for other reasons (0.03 once in 20), so a second load decides.
  let { total, fonts } = await shiftWithLateFonts(path);
  if (total >= 0.02) ({ total, fonts } = await shiftWithLateFonts(path));
  // Lighthouse calls under 0.1 good; a matched fallback leaves at most a hair (0.0006 seen).
  expect(total).toBeLessThan(0.02);
  // The page was set in a fallback face first (one that the machine has), and the web fonts did arrive.
  expect(fonts.some((f) => f.endsWith('fallback')), fonts.join(', ')).toBe(true);
  expect(fonts.some((f) => f.startsWith('Source Serif 4-')), fonts.join(', ')).toBe(true);
}, 30_000);
