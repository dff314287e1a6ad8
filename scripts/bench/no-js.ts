/**
 * Reads without JavaScript: the page in a context with JavaScript disabled (so none of the page's
 * scripts, inline or external, run). It reads if its <main> has text and every chart the markup
 * has is there with an SVG that has a non-zero layout box, as many as with JavaScript on.
 */
import type { Browser } from 'playwright-core';
import { COUNT_CHARTS, MOBILE, type ChartCount } from './bytes.ts';

export interface NoJsResult { mainTextLength: number; charts: ChartCount; chartsWithJs: number; reads: boolean; why?: string }

/** Pure: the verdict from what was seen without JS, with JS and in the markup. */
export function noJsVerdict(seen: { mainTextLength: number; charts: ChartCount }, chartsWithJs: number, chartsInMarkup: number): { reads: boolean; why?: string } {
  const problems: string[] = [];
  if (seen.mainTextLength <= 0) problems.push('no text in <main>');
  if (seen.charts.figures !== chartsWithJs) problems.push(`${seen.charts.figures} charts without JS, ${chartsWithJs} with JS`);
  if (seen.charts.figures !== chartsInMarkup) problems.push(`${seen.charts.figures} charts shown, ${chartsInMarkup} in the markup`);
  if (seen.charts.rendered !== seen.charts.figures) problems.push(`${seen.charts.figures - seen.charts.rendered} chart(s) without a visible SVG`);
  return problems.length ? { reads: false, why: problems.join('; ') } : { reads: true };
}

export async function measureNoJs(browser: Browser, url: string, chartsWithJs: number, chartsInMarkup: number): Promise<NoJsResult> {
  const context = await browser.newContext({ ...MOBILE, javaScriptEnabled: false });
  try {
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    // page.evaluate runs through the DevTools protocol, which works with the page's scripts disabled.
    const charts = (await tab.evaluate(COUNT_CHARTS)) as ChartCount;
    const mainTextLength = (await tab.evaluate(`(document.querySelector('main')?.innerText ?? '').trim().length`)) as number;
    return { mainTextLength, charts, chartsWithJs, ...noJsVerdict({ mainTextLength, charts }, chartsWithJs, chartsInMarkup) };
  } finally {
    await context.close();
  }
}
