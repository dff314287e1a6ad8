/**
 * Renders one built page to PDF in Chromium with the print stylesheet (src/styles/print.css):
 * A4 from its @page rule, tagged, with an outline from the headings and the running head and
 * foot (live URL, "data as of" date, page N of M) as CSS page-margin boxes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chartSourcesToNotes, fitFiguresToPage, printArea } from '../../src/lib/print/chartNotes.ts';
import { fillWideArtboards } from '../../src/lib/charts/wideArt.ts';
import { floatFigures, type Float } from '../../src/lib/print/floats.ts';

export interface RenderOptions {
  /** the page's live address, printed in its foot; links are resolved against it */
  liveUrl: string;
  /** e.g. "Data as of 16 March 2026", printed in the head of every page */
  asOfText: string;
  /** the reader's colour scheme; the print stylesheet must make it irrelevant (tests render both) */
  colorScheme?: 'light' | 'dark';
  /** figures to float past the blocks around them (scripts/pdf/fill.ts decides, after a first render) */
  floats?: Float[];
}

/** What the renderer read from the page, in print layout. */
export interface PageFacts {
  /** the page's title (its first h1) */
  title: string;
  /** meta description */
  description: string;
  /** every heading the PDF outline is made from, in document order */
  headings: { text: string; id: string; level: number }[];
  /** the newest date in the document's "Updated" lines */
  updated?: string;
  /** charts shrunk so that their figure fits on one page */
  fitted: string[];
  /** every chart figure: its id and title */
  figures: { id: string; title: string }[];
  /** the printable height of a page, in CSS px */
  pageHeight: number;
}

export async function newPrintContext(browser: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  // A4 content width in CSS px, so screen-only layout decisions (none matter in print) are stable.
  return browser.newContext({ viewport: { width: 800, height: 1100 }, colorScheme, reducedMotion: 'reduce' });
}

/** Opens `url`, prepares it for print and returns the PDF bytes (as Chromium wrote them) and facts. */
export async function renderPdf(page: Page, url: string, options: RenderOptions): Promise<{ pdf: Buffer; facts: PageFacts }> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  // pages hold only the narrow artboard of each chart: the wide one, which prints, is fetched in
  await page.evaluate(fillWideArtboards, undefined);
  await page.emulateMedia({ media: 'print', colorScheme: options.colorScheme ?? 'light' });
  // lay the page out as wide as the printed page, so what is measured below is what prints
  const area = await page.evaluate(printArea);
  await page.setViewportSize({ width: Math.round(area.width), height: Math.round(area.height) });
  // chart sources become numbered notes at the end of each article, as in browsers' printing
  await page.evaluate(chartSourcesToNotes);
  if (options.floats?.length) await page.evaluate(floatFigures, options.floats);
  const facts = await page.evaluate(async ({ liveUrl, asOfText }) => {
    const root = document.documentElement;
    root.style.setProperty('--print-url', JSON.stringify(liveUrl));
    root.style.setProperty('--print-as-of', JSON.stringify(asOfText));
    // Links point at the live site, never at the local server that serves the build; links
    // within the document stay fragments, which Chromium turns into links inside the PDF.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = a.getAttribute('href')!;
      if (!href.startsWith('#')) a.setAttribute('href', new URL(href, liveUrl).href);
    }
    // The print fonts (static instances) load on first use; load them all before printing.
    await Promise.all([...document.fonts].filter((f) => f.family.includes('Print')).map((f) => f.load().catch(() => undefined)));
    await document.fonts.ready;
    const visible = (el: Element) => el.getClientRects().length > 0;
    const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible)
      .map((h) => ({ text: clean(h.textContent), id: h.id, level: Number(h.tagName[1]) }));
    const updated = [...document.querySelectorAll('article header time[datetime]')].map((t) => t.getAttribute('datetime')!).sort().at(-1);
    return {
      fitted: [] as string[],
      figures: [...document.querySelectorAll('figure.chart[data-chart]')].map((f) => ({ id: f.id, title: clean(f.querySelector('.chart-title')?.textContent ?? '') })),
      pageHeight: 0,
      title: clean(document.querySelector('h1')?.textContent ?? document.title),
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      headings,
      updated,
    };
  }, { liveUrl: options.liveUrl, asOfText: options.asOfText });
  // fonts are loaded now: figures taller than a page get a smaller chart
  facts.fitted = await page.evaluate(fitFiguresToPage, area.height);
  facts.pageHeight = area.height;
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  return { pdf, facts };
}
