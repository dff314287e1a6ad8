/**
 * `node scripts/viz/measure.ts [dist]`: per chart, the figures a graphics desk asks for, measured
 * in Chromium and in the PDFs of a built site: height of the lead view and of every view at
 * 375 px, smallest chart text on screen (375, 1280, 320 px embed) and in print (pt, from the
 * briefing PDF's text boxes), and overlapping text boxes at each width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { openPdf, pageTexts, squash } from '../pdf/read-pdf.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { fillWideArtboards } from '../../src/lib/charts/wideArt.ts';

const dist = process.argv[2] ?? 'dist';
const site = await serveStatic(dist);
const browser = await launchChromium();
const clean = (s: string) => s.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
const pages = await pageTexts(await openPdf(new Uint8Array(readFileSync(join(dist, 'pdf/briefing.pdf')))));
const rows: Record<string, unknown>[] = [];
try {
  for (const chart of CHARTS) {
    const row: Record<string, unknown> = { id: chart.id };
    for (const [width, url] of [[375, chart.page], [1280, chart.page], [320, `/embed/${chart.id}/`]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url + url);
      // pages and embeds fetch their wide artboard in: measure it, not the boxes holding its place
      await page.evaluate(fillWideArtboards, undefined);
      await page.evaluate(() => document.fonts.ready);
      const m = await page.evaluate((id) => {
        const fig = document.querySelector(`figure[data-chart="${id}"]`)!;
        const svgs = [...fig.querySelectorAll<SVGSVGElement>('.chart-art svg')].filter((s) => s.getBoundingClientRect().height > 0);
        let overlaps = 0;
        let min = Infinity;
        for (const svg of svgs) {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const boxes = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => (t.textContent ?? '').trim()).map((t) => {
            min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
            const b = t.getBBox();
            // the ink of a line: the box less its line gap
            return { x1: b.x, x2: b.x + b.width, y1: b.y + b.height * 0.1, y2: b.y + b.height * 0.9 };
          });
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) overlaps++;
          }
        }
        // text over a mark: a bar, a dot or a straight data line of another mark (not rules or grid)
        let hits = 0;
        for (const svg of svgs) {
          const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => (t.textContent ?? '').trim());
          const shapes = [...svg.querySelectorAll<SVGGraphicsElement>('rect, circle, line, path')].filter((el) => {
            const cls = el.getAttribute('class') ?? '';
            if (/rule|grid|axis|baseline|milestone|tick|sea|land|sm-|band|halo|hatch|leader|stub|break|badge/.test(cls)) return false;
            const b = el.getBBox();
            return el.tagName !== 'path' || Math.min(b.width, b.height) <= 3 || Math.max(b.width, b.height) <= 14;
          });
          for (const t of texts) {
            const tb = t.getBBox();
            const box = { x1: tb.x, x2: tb.x + tb.width, y1: tb.y + tb.height * 0.1, y2: tb.y + tb.height * 0.9 };
            const own = t.closest('.mark');
            for (const el of shapes) {
              if (own && own.contains(el)) continue;
              const b = el.getBBox();
              if (box.x1 < b.x + b.width - 0.5 && b.x < box.x2 - 0.5 && box.y1 < b.y + b.height - 0.5 && b.y < box.y2 - 0.5) hits++;
            }
          }
        }
        return { heights: svgs.map((s) => Math.round(s.getBoundingClientRect().height)), min: Math.round(min * 10) / 10, overlaps, hits };
      }, chart.id);
      if (width === 375) { row.lead375 = m.heights[0]; row.views375 = m.heights.join('+'); }
      row[`minPx${width}`] = m.min;
      row[`overlaps${width}`] = m.overlaps;
      row[`onMarks${width}`] = m.hits;
      await context.close();
    }
    const root = parse(readFileSync(join(dist, chart.page.replace(/^\//, ''), 'index.html'), 'utf8'));
    const fig = root.querySelector(`figure[data-chart="${chart.id}"]`)!;
    // the wide artboard prints: the page holds only its place, filled from wide.json as the PDF step does
    for (const place of fig.querySelectorAll('.chart-art--wide[data-src]')) place.set_content((JSON.parse(readFileSync(join(dist, place.getAttribute('data-src')!), 'utf8')) as { html: string }).html);
    const title = clean(fig.querySelector(`#${chart.id}-title`)!.text);
    const labels = new Set(fig.querySelectorAll('.chart-art--wide svg text').map((t) => clean(t.text)).filter((s) => s.length > 1));
    const at = pages.filter((p) => p.squashed.includes(squash(title))).map((p) => p.page);
    const sizes = pages.filter((p) => at.includes(p.page) || at.includes(p.page - 1)).flatMap((p) => p.items.filter((it) => labels.has(clean(it.str)) && it.height > 0).map((it) => it.height));
    row.minPt = sizes.length ? Math.round(Math.min(...sizes) * 10) / 10 : null;
    rows.push(row);
  }
} finally {
  await browser.close();
  await site.close();
}
console.table(rows);
