/** Every chart fits and is visible from phone to desktop, with and without JavaScript. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic('dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

test.each([
  [320, true], [375, true], [1280, true], [375, false], [1280, false],
])('at %i px (JavaScript %s) every chart is visible, fits and has readable text', async (width, javaScriptEnabled) => {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.url}/charts/`);
  await page.evaluate(() => document.fonts.ready);
  const report = await page.evaluate(() => {
    const doc = document.documentElement;
    return {
      pageOverflow: doc.scrollWidth - doc.clientWidth,
      charts: [...document.querySelectorAll('figure[data-chart]')].map((fig) => {
        const svg = [...fig.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0);
        const box = svg?.getBoundingClientRect();
        const figBox = fig.getBoundingClientRect();
        const texts = svg ? [...svg.querySelectorAll('text')] : [];
        const smallest = Math.min(...texts.map((t) => t.getBoundingClientRect().height));
        const outside = texts.filter((t) => { const r = t.getBoundingClientRect(); return r.right > figBox.right + 1 || r.left < figBox.left - 1; }).map((t) => t.textContent);
        return { id: fig.getAttribute('data-chart'), visible: Boolean(box && box.width > 100 && box.height > 100), smallest, outside };
      }),
    };
  });
  expect(report.pageOverflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
  expect(report.charts.length).toBeGreaterThan(0);
  for (const c of report.charts) {
    expect(c.visible, `${c.id} visible`).toBe(true);
    expect(c.outside, `${c.id} labels outside the figure`).toEqual([]);
    // a text box is about 1.2× its font size: 11 px text gives a box of at least 13 px
    if (width < 600) expect(c.smallest, `${c.id} smallest text box`).toBeGreaterThanOrEqual(13);
  }
  await context.close();
});
