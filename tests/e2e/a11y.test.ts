/** axe-core in real Chromium on every built page, in the light and the dark theme: no violations. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { browserPaths } from '../helpers/html.ts';
import { waitForWideArtboards } from '../helpers/browser.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic('dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

const PATHS = browserPaths();
const cases = PATHS.flatMap((p) => (['light', 'dark'] as const).map((scheme) => [p, scheme] as const));

test.each(cases)('%s in the %s theme has no axe violations', async (path, colorScheme) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(site.url + path);
  // at 1280 px articles fetch their wide artboards in: check those, not the boxes holding their place
  // (the briefing's print source runs no page script that would fetch them: checked as it loads)
  if (!path.startsWith('/print/')) await waitForWideArtboards(page);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark');
  // Scripts are injected through the DevTools protocol, so the page's CSP does not block axe.
  await page.addScriptTag({ content: AXE }).catch(async () => { await page.evaluate(AXE); });
  const violations = await page.evaluate(async () => {
    // Open every disclosure so hidden tables are checked too, and lay out what content-visibility
    // defers until the reader scrolls near it (the gallery's charts, articles' notes): skipped,
    // it has no boxes, and axe measures its links as zero-size targets.
    for (const d of document.querySelectorAll('details')) d.open = true;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    const result = await (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  expect(violations).toEqual([]);
  await context.close();
});
