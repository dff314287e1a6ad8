/**
 * Heights of every chart at a phone width, for `npm run bench` and `scripts/viz/measure.ts`:
 * per chart, on its article page and in its embed (loaded as the frame loads it), the height of
 * each visible SVG (the first is the lead view, which has a budget in src/lib/viz/budgets.ts), of
 * the whole figure and of the embed document.
 */
import type { Browser, Page } from 'playwright-core';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { HEIGHT_BUDGET_375, SECOND_VIEW_BUDGET_375 } from '../../src/lib/viz/budgets.ts';

export interface ChartHeight {
  id: string;
  width: number;
  /** Lead view (first visible SVG) on the article page, CSS px. */
  lead: number;
  budget: number | null;
  withinBudget: boolean | null;
  /** The second view's budget (src/lib/viz/budgets.ts), where it has one, and whether it holds. */
  secondBudget: number | null;
  secondWithin: boolean | null;
  /** Every visible SVG of the figure, article page. */
  views: number[];
  /** The whole figure (title to data table) on the article page. */
  figure: number;
  /** In the embed at the same width: lead view, and the embed document (what the frame is sized to). */
  embedLead: number;
  embedDocument: number;
}

async function figureHeights(page: Page, id: string) {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((chartId) => {
    const fig = document.querySelector(`figure[data-chart="${chartId}"]`);
    if (!fig) throw new Error(`no figure[data-chart="${chartId}"] on ${location.pathname}`);
    const views = [...fig.querySelectorAll('.chart-art svg')].map((s) => s.getBoundingClientRect().height).filter((h) => h > 0).map(Math.round);
    return { views, figure: Math.round(fig.getBoundingClientRect().height), document: document.documentElement.scrollHeight };
  }, id);
}

export async function measureChartHeights(browser: Browser, baseUrl: string, width = 375): Promise<ChartHeight[]> {
  const out: ChartHeight[] = [];
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  try {
    const page = await context.newPage();
    for (const chart of CHARTS) {
      await page.goto(baseUrl + chart.page, { waitUntil: 'load' });
      const a = await figureHeights(page, chart.id);
      await page.goto(`${baseUrl}/embed/${chart.id}/`, { waitUntil: 'load' });
      const e = await figureHeights(page, chart.id);
      const budget = width === 375 ? HEIGHT_BUDGET_375[chart.id] ?? null : null;
      const secondBudget = width === 375 ? SECOND_VIEW_BUDGET_375[chart.id] ?? null : null;
      out.push({
        id: chart.id, width, lead: a.views[0] ?? 0, budget, withinBudget: budget === null ? null : (a.views[0] ?? 0) <= budget,
        secondBudget, secondWithin: secondBudget === null ? null : (a.views[1] ?? 0) <= secondBudget,
        views: a.views, figure: a.figure, embedLead: e.views[0] ?? 0, embedDocument: e.document,
      });
    }
  } finally {
    await context.close();
  }
  return out;
}
