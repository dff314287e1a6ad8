/**
 * Chart text in the PDFs is at least 7 pt: the text boxes of every chart label, measured in the
 * PDF itself (pdf.js text items on the chart's pages). No figure leaves a near-empty page before
 * it: the page before a figure that heads its page is at least MIN_FILL full, measured by how far
 * down its text reaches (scripts/pdf/fill.ts). Set CHART_DIST to check another build.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { openPdf, pageTexts, squash, type PageText } from '../../scripts/pdf/read-pdf.ts';
import { MIN_PRINT_PT } from '../../src/lib/viz/budgets.ts';
import { withWideArtboards } from '../helpers/html.ts';
import { MIN_FILL, figureBreaks, placements, BODY } from '../../scripts/pdf/fill.ts';

const DIST = process.env.CHART_DIST ?? 'dist';
const manifest = JSON.parse(readFileSync(join(DIST, 'pdf/manifest.json'), 'utf8')) as { files: { file: string; url: string }[] };
const text = (s: string) => s.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();

/** The heading of the section each chart is in (the nearest heading before it, outside figures). */
const sectionOf = new Map(['what-happened', 'military-balance', 'returnees', 'who-are-the-ttp'].flatMap((page) => {
  const article = parse(readFileSync(join(DIST, page, 'index.html'), 'utf8')).querySelector('article')!;
  let heading = '';
  const out: [string, string][] = [];
  for (const el of article.querySelectorAll('h1, h2, h3, h4, figure[data-chart]')) {
    if (el.tagName === 'FIGURE') out.push([el.getAttribute('data-chart')!, heading]);
    else if (!el.closest('figure')) heading = text(el.text);
  }
  return out;
}));

/** Every chart on the built pages: its title and the labels of its print (wide) artboard. */
const figures = [...new Map(['what-happened', 'military-balance', 'returnees', 'who-are-the-ttp'].flatMap((page) => {
  const root = withWideArtboards(parse(readFileSync(join(DIST, page, 'index.html'), 'utf8')), DIST);
  return root.querySelectorAll('figure[data-chart]').map((f) => [f.getAttribute('data-chart')!, {
    id: f.getAttribute('data-chart')!,
    title: text(f.querySelector(`#${f.getAttribute('data-chart')}-title`)!.text),
    labels: new Set(f.querySelectorAll('.chart-art--wide svg text').map((t) => text(t.text)).filter((s) => s.length > 1)),
  }] as const);
})).values()];

/** The height in pt of every PDF text item that is one of the chart's labels, on its title's page and the next. */
function labelSizes(pages: PageText[], fig: (typeof figures)[number]): number[] {
  const at = pages.filter((p) => p.squashed.includes(squash(fig.title))).map((p) => p.page);
  return pages.filter((p) => at.includes(p.page) || at.includes(p.page - 1))
    .flatMap((p) => p.items.filter((it) => fig.labels.has(text(it.str)) && it.height > 0).map((it) => it.height));
}

describe.each(manifest.files.map((f) => f.file))('%s', (file) => {
  test(`every chart label found in it is set at ${MIN_PRINT_PT} pt or more`, async () => {
    const pages = await pageTexts(await openPdf(new Uint8Array(readFileSync(join(DIST, 'pdf', file)))));
    const report: Record<string, number> = {};
    for (const fig of figures) {
      const sizes = labelSizes(pages, fig);
      if (sizes.length) report[fig.id] = Math.round(Math.min(...sizes) * 10) / 10;
    }
    // a PDF whose page has no chart has nothing to measure; the briefing has every chart
    const inFile = figures.filter((f) => pages.some((p) => p.squashed.includes(squash(f.title))));
    if (file === 'briefing.pdf') expect(Object.keys(report).sort(), 'charts measured in the briefing').toEqual(figures.map((f) => f.id).sort());
    expect(Object.keys(report).length, 'charts measured').toBe(inFile.length);
    const small = Object.entries(report).filter(([, pt]) => pt < MIN_PRINT_PT);
    expect(small, JSON.stringify(report)).toEqual([]);
  });

  test(`the page before each figure is at least ${Math.round(MIN_FILL * 100)}% full`, async () => {
    const pages = await pageTexts(await openPdf(new Uint8Array(readFileSync(join(DIST, 'pdf', file)))));
    const placed = placements(pages, figures);
    const inFile = figures.filter((f) => pages.some((p) => p.squashed.includes(squash(f.title))));
    expect(placed.map((p) => p.id).sort(), 'figures found heading a line of their own').toEqual(inFile.map((f) => f.id).sort());
    const report = placed.map((p) => `${p.id} p${p.page}: page before ${Math.round(p.prevFill * 100)}% full`);
    expect(placed.filter((p) => p.prevFill < MIN_FILL).map((p) => p.id), report.join('; ')).toEqual([]);
    // and every text on the figure's page below its title (labels, finding, credit, notes) is legible
    const small = placed.filter((p) => p.smallest < MIN_PRINT_PT - 0.05).map((p) => `${p.id}: ${p.smallest.toFixed(2)} pt`);
    expect(small).toEqual([]);
  });

  test(`every page that ends because a figure or a part of one moved on is at least ${Math.round(MIN_FILL * 100)}% full`, async () => {
    const pages = await pageTexts(await openPdf(new Uint8Array(readFileSync(join(DIST, 'pdf', file)))));
    const breaks = figureBreaks(pages, figures);
    const report = breaks.map((b) => `p${b.page} ${Math.round(b.fill * 100)}% full, then ${b.kind} of ${b.figure}`).join('; ');
    // every figure's title heads a page or follows text on its page; those that head one are breaks
    const heads = placements(pages, figures).filter((p) => p.atTop).map((p) => p.id);
    expect(heads.filter((id) => !breaks.some((b) => b.figure === id)), report).toEqual([]);
    expect(breaks.filter((b) => b.fill < MIN_FILL).map((b) => `p${b.page} (${b.figure}): ${Math.round(b.fill * 100)}%`), report).toEqual([]);
  });

  test('every figure prints in its own section: after the heading it follows in the page, or heading the page above it', async () => {
    const pages = await pageTexts(await openPdf(new Uint8Array(readFileSync(join(DIST, 'pdf', file)))));
    // the body's text in reading order, and where each figure's title is
    const items = pages.flatMap((p) => p.items.filter((i) => i.str.trim() && i.y > BODY.bottom && i.y < BODY.top).sort((a, b) => b.y - a.y || a.x - b.x).map((i) => ({ ...i, page: p.page })));
    const isHeading = (i: (typeof items)[number]) => i.figure < 0 && /^H\d$/.test(i.role);
    const misplaced: string[] = [];
    let checked = 0;
    for (const fig of figures) {
      const at = items.findIndex((i) => i.figure >= 0 && squash(i.str).length > 3 && squash(fig.title).startsWith(squash(i.str)));
      if (at < 0) continue;
      checked++;
      const want = squash(sectionOf.get(fig.id) ?? '');
      const same = (i?: (typeof items)[number]) => Boolean(i) && want.startsWith(squash(i!.str));
      // the heading line before the title: the last line of the nearest heading
      let h = at - 1;
      while (h >= 0 && !isHeading(items[h])) h--;
      while (h > 0 && isHeading(items[h - 1]) && items[h - 1].role === items[h].role) h--;
      const headsPage = at === 0 || items[at - 1].page < items[at].page;
      const next = items.slice(at).find((i) => i.figure < 0);
      if (!same(items[h]) && !(headsPage && next && isHeading(next) && same(next))) {
        misplaced.push(`${fig.id} (p${items[at].page}): after "${h >= 0 ? items[h].str : ''}", not in "${sectionOf.get(fig.id)}"`);
      }
    }
    expect(checked, 'figures found').toBe(figures.filter((f) => pages.some((p) => p.squashed.includes(squash(f.title)))).length);
    expect(misplaced).toEqual([]);
  });
});
