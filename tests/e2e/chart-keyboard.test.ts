/**
 * A chart's marks and their tooltip links by keyboard alone (issue 13), in Chromium on the built
 * site, on an article page and in an embed: Tab reaches a chart's view once (one tab stop per
 * view: casualty claims' running counts are a second view, a second stop),
 * arrow keys move from mark to mark and show each tooltip, Tab from a mark goes into its
 * tooltip's links (visible focus), Enter follows a link, Escape closes the tooltip and gives
 * focus back to the mark, Tab from the last link leaves the chart.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteBrowser, waitForWideArtboards } from '../helpers/browser.ts';

const env = useSiteBrowser({ dist: process.env.CHART_DIST });

/** What has focus: a chart mark (its tooltip row and chart), a link in the tooltip, or something else. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  const style = el ? getComputedStyle(el) : null;
  return {
    mark: el?.getAttribute('data-tip') ?? null,
    chart: el?.closest('figure[data-chart]')?.getAttribute('data-chart') ?? null,
    view: el?.closest('svg') ? [...document.querySelectorAll('svg')].indexOf(el.closest('svg')!) : -1,
    inTip: !!el?.closest('#tip'),
    href: el?.getAttribute('href') ?? null,
    outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    tipShown: !(document.getElementById('tip')?.hidden ?? true),
    tipText: document.getElementById('tip')?.textContent ?? '',
  };
});

/** Presses Tab until a mark of chart `id` has focus; returns how many presses that took. */
async function tabToChart(page: Page, id: string, max = 40): Promise<number> {
  // start from the chart's title (an article has many links before it)
  await page.evaluate((id) => { const t = document.querySelector<HTMLElement>(`figure[data-chart="${id}"] .chart-title`)!; t.tabIndex = -1; t.focus(); }, id);
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).chart === id && (await focused(page)).mark !== null) return i;
  }
  throw new Error(`no mark of ${id} reached in ${max} presses of Tab`);
}

const CASES = [
  ['/what-happened/', 'casualty-claims', /^\/claims\//, 1280],
  ['/embed/casualty-claims/', 'casualty-claims', /^\/claims\//, 412],
  ['/embed/returnee-flows/', 'returnee-flows', /^\/figures\/returnees\//, 720],
] as const;

test.each(CASES)('%s (%s): one tab stop, arrows move, Tab enters the tooltip’s link, Escape closes, Enter follows', async (path, id, expected, width) => {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.site.url + path);
  // At 640 px or more the wide artboard is fetched in (embeds and, since pages defer it, articles):
  // its marks are the ones a keyboard reaches, so wait for it to arrive.
  await waitForWideArtboards(page);
  await tabToChart(page, id);
  const first = await focused(page);
  await expect.poll(async () => (await focused(page)).tipShown, { message: 'the focused mark shows its tooltip' }).toBe(true);

  // arrows: the next mark of the same chart, its tooltip shown
  await page.keyboard.press('ArrowRight');
  const second = await focused(page);
  expect(second.chart).toBe(id);
  expect(second.mark).not.toBeNull();
  expect(second.mark).not.toBe(first.mark);
  await expect.poll(async () => (await focused(page)).tipShown).toBe(true);
  await page.keyboard.press('ArrowLeft');
  expect((await focused(page)).mark).toBe(first.mark);

  // Tab: into the tooltip, onto its first link, with visible focus
  await expect.poll(async () => (await focused(page)).tipText.length).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  const link = await focused(page);
  expect(link.inTip, 'Tab from a mark goes into its tooltip').toBe(true);
  expect(link.href).toMatch(expected);
  expect(link.outline, 'the focused link shows a focus outline').not.toMatch(/^none/);
  expect(link.tipShown).toBe(true);

  // Escape: the tooltip closes and the mark has focus again
  await page.keyboard.press('Escape');
  const back = await focused(page);
  expect(back.tipShown).toBe(false);
  expect(back.mark).toBe(first.mark);

  // Tab from the mark (tooltip shown again on focus) to the link, then Tab past the last link leaves the chart
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await focused(page)).tipShown).toBe(true);
  await page.keyboard.press('Tab');
  while ((await focused(page)).inTip) await page.keyboard.press('Tab');
  const after = await focused(page);
  expect(after.mark === null || after.chart !== id || after.view !== first.view, `Tab past the tooltip leaves this view of ${id} (one tab stop per view), got mark ${after.mark}`).toBe(true);

  // Enter on the link follows it (from an embed, in a new tab)
  await page.keyboard.press('Shift+Tab');
  while (!(await focused(page)).inTip && (await focused(page)).mark === null) await page.keyboard.press('Shift+Tab');
  if (!(await focused(page)).inTip) {
    await expect.poll(async () => (await focused(page)).tipShown).toBe(true);
    await page.keyboard.press('Tab');
  }
  const target = await focused(page);
  expect(target.inTip).toBe(true);
  if (path.startsWith('/embed/')) {
    const [opened] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).pathname).toBe(target.href);
  } else {
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === target.href);
  }
  await context.close();
});

test('an embed in a wide frame names every mark of its fetched wide artboard as the page does', async () => {
  const context = await env.browser.newContext({ viewport: { width: 720, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.site.url}/embed/casualty-claims/`);
  await waitForWideArtboards(page);
  const embed = await page.evaluate(() => [...document.querySelectorAll('.chart-art--wide [data-tip]')].map((m) => m.getAttribute('aria-label')));
  await page.goto(`${env.site.url}/charts/`);
  const pageNames = await page.evaluate(() => [...document.querySelectorAll('figure[data-chart="casualty-claims"] .chart-art--wide [data-tip]')].map((m) => m.getAttribute('aria-label')));
  await context.close();
  expect(embed.length).toBeGreaterThan(10);
  expect(embed.every((n) => n && n.length > 3)).toBe(true);
  expect(embed).toEqual(pageNames);
});
