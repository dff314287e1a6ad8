/**
 * The print layout in real Chromium: forced light theme, hidden controls, greyscale, figures kept
 * whole (with a check shown to catch a split figure), and PDFs that are the same bytes however
 * often, and in whichever theme, they are rendered.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { buildPdfs } from '../../scripts/pdf/build-pdfs.ts';
import { openPdf, pageTexts } from '../../scripts/pdf/read-pdf.ts';
import { fixText } from '../../scripts/pdf/to-unicode.ts';
import { fitFiguresToPage, printArea } from '../../src/lib/print/chartNotes.ts';
import { fillWideArtboards } from '../../src/lib/charts/wideArt.ts';
import { briefing, expectFor, PDF_DIR, placeFigure } from './helpers.ts';

const BRIEFING = briefing();
const PAGES = BRIEFING.parts.filter((p) => p.explainerPage);
const PATHS = ['/', ...BRIEFING.parts.map((p) => p.url), '/print/briefing/'];

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic('dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

async function printPage(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 800, height: 1100 } });
  const page = await context.newPage();
  await page.goto(site.url + path);
  // as the PDF step does (scripts/pdf/render.ts): articles fetch their wide artboards
  await page.evaluate(fillWideArtboards, undefined);
  await page.emulateMedia({ media: 'print', colorScheme });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Every custom property the stylesheets declare, and the colours of every element, as printed. */
const printedColours = (page: Page) => page.evaluate(() => {
  const names = new Set<string>();
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if ('style' in rule) for (const name of (rule as CSSStyleRule).style) if (name.startsWith('--')) names.add(name);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
  const root = getComputedStyle(document.documentElement);
  const tokens = [...names].sort().map((n) => `${n}: ${root.getPropertyValue(n).trim()}`);
  const elements = [document.documentElement, ...document.body.querySelectorAll('*')].map((el) => {
    const s = getComputedStyle(el);
    return `${el.tagName} ${s.color} ${s.backgroundColor} ${s.fill} ${s.stroke} ${s.borderTopColor}`;
  });
  return { dark: document.documentElement.classList.contains('dark'), tokens, elements, paper: getComputedStyle(document.body).backgroundColor };
});

describe.each(PATHS)('%s in print', (path) => {
  test('prints in the light theme even for a reader in the dark theme', async () => {
    const light = await printPage(path, 'light');
    const dark = await printPage(path, 'dark');
    const [l, d] = [await printedColours(light), await printedColours(dark)];
    expect(d.dark, 'the dark theme is on (the test would prove nothing otherwise)').toBe(true);
    expect(l.dark).toBe(false);
    expect(d.tokens).toEqual(l.tokens);
    expect(d.elements).toEqual(l.elements);
    expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(l.paper);
    await light.context().close();
    await dark.context().close();
  });
});

describe.each(PAGES)('$url on paper', ({ url }) => {
  test('hides navigation, the theme switch, the contents links, download links, data-table toggles and tooltips', async () => {
    const page = await printPage(url, 'light');
    const shown = await page.evaluate(() => {
      const selectors = ['header.site-header', '.theme-toggle', 'nav.toc', '.pdf-links', 'nav[aria-label="Previous and next page"]', 'figure.chart details:not(.chart-provenance)', '.chart-provenance > summary', '.chart-tools', 'body > footer', '.tip'];
      return selectors.flatMap((sel) => [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).map(() => sel));
    });
    expect(shown).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('.pdf-links, header.site-header').length)).toBeGreaterThan(0);
    await page.context().close();
  });

  test('keeps figures, tables and notes whole, and prints the wide artboard of every chart', async () => {
    const page = await printPage(url, 'light');
    const report = await page.evaluate(() => ({
      // a chart in parts may break between its SVGs, each of which stays whole
      breaks: [...document.querySelectorAll('figure, table, li.endnote, figure.chart svg')]
        .filter((el) => !(el.matches('figure.chart') && el.querySelectorAll('.chart-art--wide svg').length > 1))
        .map((el) => `${el.tagName} ${getComputedStyle(el).breakInside}`).filter((s) => !/avoid/.test(s)),
      narrowShown: [...document.querySelectorAll('.chart-art--narrow')].filter((el) => el.getClientRects().length > 0).length,
      wideHidden: [...document.querySelectorAll('.chart-art--wide')].filter((el) => el.getClientRects().length === 0).length,
    }));
    expect(report).toEqual({ breaks: [], narrowShown: 0, wideHidden: 0 });
    await page.context().close();
  });

  test('charts read in greyscale (labels dark enough on white, claimant colours apart in lightness) and no label is written twice', async () => {
    const page = await printPage(url, 'light');
    const report = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const rgb = (colour: string) => { probe.style.color = colour; return getComputedStyle(probe).color.match(/[\d.]+/g)!.slice(0, 3).map(Number); };
      const lin = (c: number) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      const luminance = ([r, g, b]: number[]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      const lightness = (c: number[]) => { const y = luminance(c); return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y; };
      const root = getComputedStyle(document.documentElement);
      const sides = ['--color-side-pk', '--color-side-af', '--color-side-monitor'].map((n) => ({ n, L: lightness(rgb(root.getPropertyValue(n).trim())) }));
      const closeSides = sides.flatMap((a, i) => sides.slice(i + 1).filter((b) => Math.abs(a.L - b.L) < 8).map((b) => `${a.n} ${a.L.toFixed(1)} vs ${b.n} ${b.L.toFixed(1)}`));
      const faintLabels = [...document.querySelectorAll('figure.chart .chart-art--wide svg text')].flatMap((t) => {
        const contrast = 1.05 / (luminance(rgb(getComputedStyle(t).fill)) + 0.05);
        return contrast < 4.5 ? [`${t.textContent} (${contrast.toFixed(2)})`] : [];
      });
      // a stroked label (a halo) would be written twice into the PDF text
      const stroked = [...document.querySelectorAll('figure.chart svg text, figure.chart svg tspan')]
        .filter((t) => getComputedStyle(t).stroke !== 'none' && parseFloat(getComputedStyle(t).strokeWidth) > 0).map((t) => t.textContent);
      probe.remove();
      return { closeSides, faintLabels, stroked };
    });
    expect(report).toEqual({ closeSides: [], faintLabels: [], stroked: [] });
    await page.context().close();
  });
});

describe('the split-figure check', () => {
  // The page whose first chart has the most labels: a split there cannot go unnoticed.
  const candidates = PAGES.flatMap((p) => expectFor(p.url).figures.map((f) => ({ url: p.url, fig: f })));
  const target = candidates.sort((a, b) => b.fig.labels.length - a.fig.labels.length)[0];

  /** Prints the page with the figure moved to start 200 px above the end of page 1: room for its title, not for the chart. */
  async function straddle(keepWhole: boolean) {
    const page = await printPage(target.url, 'light');
    const area = await page.evaluate(printArea);
    await page.setViewportSize({ width: Math.round(area.width), height: Math.round(area.height) });
    await page.evaluate(async ({ id, keepWhole, height }) => {
      await Promise.all([...document.fonts].filter((f) => f.family.includes('Print')).map((f) => f.load()));
      const fig = document.getElementById(id)!;
      const main = document.querySelector('main')!;
      const spacer = document.createElement('div');
      spacer.style.height = `${height - 200}px`;
      main.replaceChildren(spacer, fig);
      fig.style.margin = '0';
      fig.querySelector('.chart-sources')?.remove(); // printed as notes at the end (chartNotes.ts)
      // without the print stylesheet's protections: every break rule inside the figure set to auto
      if (!keepWhole) for (const el of [fig, ...fig.querySelectorAll<HTMLElement>('*')]) Object.assign(el.style, { breakInside: 'auto', breakBefore: 'auto', breakAfter: 'auto' });
    }, { id: target.fig.id, keepWhole, height: area.height });
    await page.evaluate(fitFiguresToPage, area.height); // as the PDF step does
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.context().close();
    // Chromium's own text map (before finish.ts repairs it) reads ’ as ʼ
    const pages = (await pageTexts(await openPdf(pdf))).map((p) => ({ ...p, squashed: fixText(p.squashed) }));
    return placeFigure(pages, target.fig);
  }

  test('finds a figure that a page break cuts in two', async () => {
    expect(target, 'a chart to test with').toBeDefined();
    const cut = await straddle(false);
    expect(cut.missing.length, `labels of ${target.fig.id} left on the title's page`).toBeGreaterThan(0);
  });

  test('and the print stylesheet moves that figure whole onto the next page instead', async () => {
    const whole = await straddle(true);
    expect(whole).toMatchObject({ page: 2, missing: [] });
  });
});

test('rendering again, in the dark theme, gives byte-identical PDFs (pages and briefing)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'pdf-again-'));
  try {
    const records = await buildPdfs({ outDir: out, colorScheme: 'dark', publish: false, log: () => {} });
    expect(records.length).toBe(PAGES.length + 1);
    for (const r of records) expect(Buffer.compare(readFileSync(join(out, r.file)), readFileSync(join(PDF_DIR, r.file))), r.file).toBe(0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  // every PDF renders two to four times (floats, the "(continued)" cue, the briefing's contents)
}, 300_000);
