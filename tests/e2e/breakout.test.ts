/**
 * Break-out (issue 13, "One visual language"): on a desktop article page a chart leaves the text
 * column for the page grid and its wide artboard shows at the width it was drawn for; heading and
 * finding keep the text measure; nothing scrolls sideways. Print and embeds keep their widths.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { waitForWideArtboards } from '../helpers/browser.ts';

const DIST = process.env.CHART_DIST ?? 'dist';
let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic(DIST); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

const pages = [...new Set(CHARTS.map((c) => c.page))];

/** Per figure on the page: its width, the text column's, its title's, and each visible SVG's shown and drawn widths. */
function widths(page: Page) {
  return page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    column: document.querySelector('.prose-article')?.getBoundingClientRect().width ?? 0,
    figures: [...document.querySelectorAll('figure[data-chart]')].map((f) => ({
      id: f.getAttribute('data-chart'),
      width: f.getBoundingClientRect().width,
      title: f.querySelector('.chart-summary')!.getBoundingClientRect().width,
      svgs: [...f.querySelectorAll<SVGSVGElement>('.chart-art svg')].filter((s) => s.getBoundingClientRect().width > 0)
        .map((s) => ({ shown: s.getBoundingClientRect().width, drawn: Number(s.getAttribute('width')) })),
    })),
  }));
}

test.each(pages)('at 1280 px the charts on %s break out of the text column and show their wide artboard at its drawn width', async (path) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url + path);
  await waitForWideArtboards(page);
  const m = await widths(page);
  expect(m.overflow).toBeLessThanOrEqual(0);
  expect(m.figures.length).toBeGreaterThan(0);
  for (const f of m.figures) {
    expect(f.width, `${f.id} figure`).toBeGreaterThan(m.column + 100);
    expect(f.title, `${f.id} finding keeps the measure`).toBeLessThanOrEqual(m.column + 1);
    for (const s of f.svgs) expect(Math.abs(s.shown - s.drawn), `${f.id}: shown ${s.shown} px, drawn ${s.drawn}`).toBeLessThanOrEqual(1);
  }
  // on paper the figure stays in the column (the column is the page)
  await page.emulateMedia({ media: 'print' });
  const p = await widths(page);
  for (const f of p.figures) expect(f.width, `${f.id} in print`).toBeLessThanOrEqual(p.column + 1);
  await context.close();
});

test('an embed keeps its frame width: no break-out, no sideways scroll (800 px frame)', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  for (const chart of CHARTS) {
    // (the frame's script fetches the wide artboard: wait for it)
    await page.goto(`${site.url}/embed/${chart.id}/`, { waitUntil: 'networkidle' });
    await waitForWideArtboards(page);
    const m = await widths(page);
    expect(m.overflow, chart.id).toBeLessThanOrEqual(0);
    for (const f of m.figures) {
      expect(f.width, chart.id).toBeLessThanOrEqual(800);
      expect(f.svgs.length, chart.id).toBeGreaterThan(0);
      for (const s of f.svgs) expect(s.shown, chart.id).toBeLessThanOrEqual(s.drawn + 0.5);
    }
  }
  await context.close();
});
