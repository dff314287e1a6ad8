/**
 * militancy-deaths' full-width desktop artboard, in Chromium on the built site: where the figure's
 * container is at least 960 px wide (/charts/ on a desktop; an article figure that breaks out to
 * the grid) the side-by-side artboard shows at its own size, with the same invariants as every
 * chart (text >= 12 px, no overlaps, nothing outside, heights above the axis in value order);
 * narrower, the 720-unit one shows; on paper always the 720-unit one.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { MIN_SCREEN_PX } from '../../src/lib/viz/budgets.ts';
import { waitForWideArtboards } from '../helpers/browser.ts';

const DIST = process.env.CHART_DIST ?? 'dist';
let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic(DIST); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

/** The visible SVGs of the figure: class, width, smallest text, overlapping and outside texts, order inversions. */
const visible = (page: Page) => page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('figure[data-chart="militancy-deaths"] .chart-art svg')]
  .filter((s) => s.getBoundingClientRect().height > 0)
  .map((svg) => {
    const vb = svg.viewBox.baseVal;
    const scale = svg.getBoundingClientRect().width / vb.width;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
    const boxes = texts.map((t) => { const b = t.getBBox(); const pad = b.height * 0.1; return { x1: b.x, x2: b.x + b.width, y1: b.y + pad, y2: b.y + b.height - pad, what: t.textContent ?? '' }; });
    const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5).map((b) => `${a.what} × ${b.what}`));
    const outside = boxes.filter((b) => b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > vb.width + 0.5 || b.y2 > vb.height + 0.5).map((b) => b.what);
    const marks = [...svg.querySelectorAll<SVGElement>('[data-measure][data-value]')].map((el) => ({ v: Number(el.dataset.value), len: Number(el.dataset.length) }));
    const inversions = marks.flatMap((a) => marks.filter((b) => a.v > b.v && a.len < b.len - 0.5).map((b) => `${a.v} below ${b.v}`));
    return {
      cls: svg.getAttribute('class') ?? '', width: Math.round(svg.getBoundingClientRect().width), marks: marks.length,
      minPx: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)), overlaps, outside, inversions,
    };
  }));

test('/charts/ at 1280 px shows the side-by-side artboard at its own width, and it keeps every invariant', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/charts/`);
  await page.evaluate(() => document.fonts.ready);
  const svgs = await visible(page);
  await context.close();
  expect(svgs.map((s) => s.cls)).toEqual([expect.stringContaining('md-svg--full')]);
  const [full] = svgs;
  expect(full.width).toBe(960);
  expect(full.marks).toBeGreaterThan(10);
  expect(full.minPx).toBeGreaterThanOrEqual(MIN_SCREEN_PX);
  expect(full.overlaps).toEqual([]);
  expect(full.outside).toEqual([]);
  expect(full.inversions).toEqual([]);
});

test('an embed in a frame 1100 px wide fetches its wide artboards and shows the side-by-side one; a phone frame writes only the narrow one', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/embed/militancy-deaths/`);
  await waitForWideArtboards(page);
  await page.evaluate(() => document.fonts.ready);
  const svgs = await visible(page);
  await context.close();
  expect(svgs.map((s) => s.cls)).toEqual([expect.stringContaining('md-svg--full')]);
  expect(svgs[0].minPx).toBeGreaterThanOrEqual(MIN_SCREEN_PX);
  expect(svgs[0].overlaps).toEqual([]);
  expect(svgs[0].outside).toEqual([]);
});

test('in the article column at 1280 px, and on paper, the 720-unit artboard shows instead', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/who-are-the-ttp/`);
  await waitForWideArtboards(page);
  const column = await page.evaluate(() => document.querySelector('figure[data-chart="militancy-deaths"] .chart-art')!.getBoundingClientRect().width);
  const screen = await visible(page);
  await page.emulateMedia({ media: 'print' });
  const paper = await visible(page);
  await context.close();
  if (column < 960) expect(screen.map((s) => s.cls)).toEqual([expect.stringContaining('md-svg--fit')]);
  else expect(screen.map((s) => s.cls)).toEqual([expect.stringContaining('md-svg--full')]);
  expect(paper.map((s) => s.cls)).toEqual([expect.stringContaining('md-svg--fit')]);
});
