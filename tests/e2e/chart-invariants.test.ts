/**
 * Invariants every chart keeps on every artboard, measured in Chromium on the built site with the
 * site's own fonts (set CHART_DIST to check another build, e.g. an old one):
 * - within one measure, a mark's length grows with its value across the whole chart;
 * - no two text labels overlap and no text leaves its SVG;
 * - chart text is at least 12 px on screen, down to a 320 px embed;
 * - the lead view fits its height budget at 375 px, and a second view with a budget fits it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { waitForWideArtboards } from '../helpers/browser.ts';
import { HEIGHT_BUDGET_375, MIN_SCREEN_PX, SECOND_VIEW_BUDGET_375 } from '../../src/lib/viz/budgets.ts';

const DIST = process.env.CHART_DIST ?? 'dist';
let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic(DIST); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

interface SvgReport {
  index: number;
  height: number;
  minPx: number;
  collisions: string[];
  outside: string[];
  inversions: string[];
}

/** Measures every visible SVG of one figure (runs in the page). */
async function measure(page: Page, id: string): Promise<SvgReport[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((chartId) => {
    const fig = document.querySelector(`figure[data-chart="${chartId}"]`)!;
    const svgs = [...fig.querySelectorAll<SVGSVGElement>('.chart-art svg')].filter((s) => s.getBoundingClientRect().height > 0);
    return svgs.map((svg, index) => {
      const vb = svg.viewBox.baseVal;
      const scale = svg.getBoundingClientRect().width / vb.width;
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => (t.textContent ?? '').trim());
      const boxes = texts.map((t) => {
        const b = t.getBBox();
        // glyph boxes include line gap: trim to the ink of a line (about 0.8 of the box height)
        const pad = b.height * 0.1;
        return { x1: b.x, x2: b.x + b.width, y1: b.y + pad, y2: b.y + b.height - pad, what: (t.textContent ?? '').trim().slice(0, 40) };
      });
      const collisions: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) collisions.push(`“${a.what}” × “${b.what}”`);
        }
      }
      const outside = boxes.filter((b) => b.x1 < vb.x - 0.5 || b.x2 > vb.x + vb.width + 0.5 || b.y1 < vb.y - 0.5 || b.y2 > vb.y + vb.height + 0.5).map((b) => b.what);
      const minPx = Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      // marks that carry a measure and a value: length must grow with value within a measure
      const bars = [...svg.querySelectorAll<SVGGraphicsElement>('[data-measure][data-value]')].map((el) => ({
        measure: el.dataset.measure!, value: Number(el.dataset.value), len: Number(el.getAttribute('data-length') ?? el.getBBox().width),
      }));
      const inversions: string[] = [];
      for (const a of bars) for (const b of bars) {
        if (a.measure === b.measure && a.value > b.value && a.len < b.len - 0.5) inversions.push(`${a.measure}: ${a.value} drawn ${a.len.toFixed(1)} < ${b.value} drawn ${b.len.toFixed(1)}`);
      }
      return { index, height: Math.round(svg.getBoundingClientRect().height), minPx, collisions, outside, inversions: [...new Set(inversions)] };
    });
  }, id);
}

describe.each(CHARTS.map((c) => [c.id, c] as const))('%s', (id, chart) => {
  test.each([375, 1280])('article at %i px: no overlapping labels, no text outside the SVG, text >= 12 px, lengths follow values', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${chart.page}`);
    // an article fetches its wide artboards into boxes of their size: measure them once in
    await waitForWideArtboards(page);
    const svgs = await measure(page, id);
    await context.close();
    expect(svgs.length).toBeGreaterThan(0);
    for (const s of svgs) {
      expect(s.collisions, `svg ${s.index} overlapping labels`).toEqual([]);
      expect(s.outside, `svg ${s.index} text outside`).toEqual([]);
      expect(s.minPx, `svg ${s.index} smallest text (px)`).toBeGreaterThanOrEqual(MIN_SCREEN_PX);
      expect(s.inversions, `svg ${s.index} mark length against value`).toEqual([]);
    }
    if (width === 375) expect(svgs[0].height, 'lead view height at 375 px').toBeLessThanOrEqual(HEIGHT_BUDGET_375[id]);
    if (width === 375 && SECOND_VIEW_BUDGET_375[id]) expect(svgs[1]?.height ?? Infinity, 'second view height at 375 px').toBeLessThanOrEqual(SECOND_VIEW_BUDGET_375[id]);
  });

  test('embed in a 320 px frame: text >= 12 px, no overlaps, nothing outside', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/embed/${id}/`);
    const svgs = await measure(page, id);
    await context.close();
    for (const s of svgs) {
      expect(s.minPx, `svg ${s.index} smallest text (px)`).toBeGreaterThanOrEqual(MIN_SCREEN_PX);
      expect(s.collisions, `svg ${s.index} overlapping labels`).toEqual([]);
      expect(s.outside, `svg ${s.index} text outside`).toEqual([]);
    }
  });
});
