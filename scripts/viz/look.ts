/**
 * `node scripts/viz/look.ts <chart-id> [...]`: screenshots of each chart's figure as readers see
 * it, for a person to look at: the article at 375 and 1280 px in light and dark, and the embed in
 * a 320 px host iframe. Written to screenshots/charts/ (git-ignored). Also prints each figure's
 * rendered SVG heights and smallest chart text on screen.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';

const ids = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const out = 'screenshots/charts';
await mkdir(out, { recursive: true });
const site = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const chart of CHARTS.filter((c) => !ids.length || ids.includes(c.id))) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${site.url}${chart.page}#${chart.id}`, { waitUntil: 'networkidle' });
        const fig = page.locator(`figure#${chart.id}`);
        const m = await fig.evaluate((f) => {
          const svgs = [...f.querySelectorAll('.chart-art svg')].filter((s) => s.getBoundingClientRect().height > 0);
          const sizes = svgs.flatMap((s) => [...s.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height > 0 ? parseFloat(getComputedStyle(t).fontSize) * (s.getBoundingClientRect().width / (s as SVGSVGElement).viewBox.baseVal.width) : 99));
          return { figure: Math.round(f.getBoundingClientRect().height), svgs: svgs.map((s) => Math.round(s.getBoundingClientRect().height)), minText: Math.round(Math.min(...sizes) * 10) / 10 };
        });
        console.log(chart.id, width, colorScheme, JSON.stringify(m));
        await fig.screenshot({ path: `${out}/${chart.id}-${width}-${colorScheme}.png` });
        const svgs = fig.locator('.chart-art svg:visible');
        for (let i = 0; i < (await svgs.count()); i++) await svgs.nth(i).screenshot({ path: `${out}/${chart.id}-${width}-${colorScheme}-svg${i}.png` });
        await context.close();
      }
    }
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/404.html`);
    await page.evaluate((src) => { document.body.innerHTML = `<iframe src="${src}" width="320" height="4000"></iframe>`; }, `${site.url}/embed/${chart.id}/`);
    await page.waitForTimeout(2000);
    const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
    const h = await frame.evaluate(() => {
      const s = [...document.querySelectorAll('.chart-art svg')].filter((x) => x.getBoundingClientRect().height > 0);
      const sizes = s.flatMap((svg) => [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * (svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width)));
      return { doc: document.documentElement.scrollHeight, minText: Math.round(Math.min(...sizes) * 10) / 10 };
    });
    console.log(chart.id, 'embed-320', JSON.stringify(h));
    await page.locator('iframe').screenshot({ path: `${out}/${chart.id}-embed320.png` });
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
