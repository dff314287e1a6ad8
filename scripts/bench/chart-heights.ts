/**
 * Chart heights in `npm run bench` (issue 13: "height budgets at 375 px, reported by `npm run
 * bench` for every chart and embed"): measured by scripts/viz/heights.ts in the bench's browser,
 * printed after the report, kept in the results JSON as `chartHeights`.
 */
import type { Browser } from 'playwright-core';
import { measureChartHeights, type ChartHeight } from '../viz/heights.ts';
import { table } from './report.ts';

export { measureChartHeights, type ChartHeight };

export function renderChartHeights(rows: ChartHeight[] | null | undefined, error?: string): string[] {
  const out = ['', 'Chart heights at 375 px (CSS px; lead = the first view, second = the second view where it has a budget; budgets in src/lib/viz/budgets.ts)'];
  if (!rows?.length) return [...out, `  not measured${error ? `: ${error}` : ''}`];
  out.push(...table(
    ['chart', 'lead', 'budget', 'within', 'second', 'budget', 'within', 'all views', 'figure', 'embed lead', 'embed page'],
    rows.map((r) => [r.id, String(r.lead), r.budget === null ? '—' : String(r.budget), r.withinBudget === null ? '—' : r.withinBudget ? 'yes' : 'NO',
      r.secondBudget === null ? '—' : String(r.views[1] ?? 0), r.secondBudget === null ? '—' : String(r.secondBudget),
      r.secondWithin === null ? '—' : r.secondWithin ? 'yes' : 'NO',
      r.views.join(' + '), String(r.figure), String(r.embedLead), String(r.embedDocument)]),
  ).map((l) => '  ' + l));
  return out;
}

/** For the runner: heights, or the error that stopped them (a benchmark reports; it does not fail). */
export async function chartHeightsFor(browser: Browser, baseUrl: string): Promise<{ rows: ChartHeight[] | null; error?: string }> {
  try { return { rows: await measureChartHeights(browser, baseUrl) }; } catch (e) { return { rows: null, error: (e instanceof Error ? e.message : String(e)).split('\n')[0] }; }
}
