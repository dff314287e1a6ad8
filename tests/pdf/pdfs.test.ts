/** The PDF edition in dist/pdf: every explainer page and the briefing, as npm run build leaves them. */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFDict, PDFStream, PDFRef, PDFBool } from 'pdf-lib';
import { parse } from 'node-html-parser';
import { DIST, htmlPaths } from '../helpers/html.ts';
import { formatDate } from '../../src/lib/data/asOf.ts';
import { sizeText } from '../../scripts/pdf/sizes.ts';
import { isHeadingEntry } from '../../scripts/pdf/read-pdf.ts';
import { allText, briefing, expectFor, manifest, PDF_DIR, placeFigure, readPdf, squash, type PageExpect } from './helpers.ts';

const BRIEFING = briefing();
const PAGES = BRIEFING.parts.filter((p) => p.explainerPage).map((p) => ({ file: `${p.explainerPage}.pdf`, url: p.url }));
const FILES = [...PAGES.map((p) => p.file), 'briefing.pdf'];
const EXPECT = new Map(PAGES.map((p) => [p.url, expectFor(p.url)]));
const pdfDate = (iso: string) => `D:${iso.replace(/-/g, '')}000000Z`;

test('there is a PDF for every explainer page and a briefing, each listed in the manifest with its true size and page count', async () => {
  const m = manifest();
  expect(m.files.map((f) => f.file).sort()).toEqual([...FILES].sort());
  for (const entry of m.files) {
    expect(statSync(join(PDF_DIR, entry.file)).size, entry.file).toBe(entry.bytes);
    const { pdf } = await readPdf(entry.file);
    expect(pdf.numPages, entry.file).toBe(entry.pages);
    expect(entry.pages, entry.file).toBeGreaterThan(0);
  }
  const timings = JSON.parse(readFileSync('.astro/pdf-timings.json', 'utf8')) as Record<string, number>;
  for (const file of FILES) expect(timings[file], `render time of ${file} in .astro/pdf-timings.json`).toBeGreaterThan(0);
});

/** The checks of an explainer page's content, in its own PDF or in the briefing. */
function expectPageContent(text: string, e: PageExpect, where: string) {
  expect(text, `${where}: page title`).toContain(squash(e.title));
  for (const fig of e.figures) {
    expect(text, `${where}: title of chart ${fig.id}`).toContain(squash(fig.title));
    const found = fig.labels.filter((l) => text.includes(squash(l)));
    expect(found.length, `${where}: labels of chart ${fig.id}`).toBeGreaterThanOrEqual(Math.min(3, fig.labels.length));
    expect(fig.labels.filter((l) => !text.includes(squash(l))), `${where}: labels of chart ${fig.id} missing from the PDF`).toEqual([]);
    expect(fig.sources.filter((s) => !text.includes(squash(s))), `${where}: sources of chart ${fig.id} missing from the PDF`).toEqual([]);
  }
  for (const n of e.noteSources) {
    expect(text, `${where}: endnote source ${n.source}`).toContain(squash(n.source));
    expect(text, `${where}: endnote date`).toContain(squash(n.date));
  }
}

describe.each(PAGES)('$file', ({ file, url }) => {
  const e = EXPECT.get(url)!;

  test('opens, has pages, and its text holds the title, every chart\'s title, labels and sources, and every endnote\'s source', async () => {
    const { pdf, pages } = await readPdf(file);
    expect(pdf.numPages).toBeGreaterThan(0);
    expect(e.noteSources.length, 'the page has endnotes to check').toBeGreaterThan(0);
    expectPageContent(allText(pages), e, file);
  });

  test('every page carries the site, the data-as-of date, the live URL and its page number', async () => {
    const { pages } = await readPdf(file);
    const live = new URL(url, BRIEFING.site).href;
    for (const p of pages) {
      expect(p.text, `page ${p.page}`).toContain(`Page ${p.page} of ${pages.length}`);
      expect(p.squashed, `page ${p.page}`).toContain(squash(`Data as of ${formatDate(BRIEFING.asOf)}`));
      expect(p.squashed, `page ${p.page}`).toContain(squash(live));
    }
  });

  test('no figure is split across pages: each chart\'s labels, summary and notes are on its title\'s page', async () => {
    const { pages } = await readPdf(file);
    for (const fig of e.figures) expect(placeFigure(pages, fig), fig.id).toMatchObject({ missing: [] });
  });

  test('metadata: title, author, language, dates from the content, XMP; the outline starts at the title', async () => {
    const { pdf, outline } = await readPdf(file);
    const { info, metadata } = await pdf.getMetadata() as { info: Record<string, string>; metadata: { get(k: string): unknown } | null };
    expect(info.Title).toBe(e.title);
    expect(info.Author).toMatch(/explainer/);
    expect(info.Language).toBe('en-GB');
    expect(info.CreationDate).toBe(pdfDate(e.date));
    expect(info.ModDate).toBe(pdfDate(e.date));
    expect(metadata?.get('dc:title')).toBe(e.title);
    expect(outline[0]?.title).toBe(e.title);
    expect(outline[0]?.page).toBe(1);
  });
});

describe('briefing.pdf', () => {
  test('holds every explainer page in full: titles, charts with their labels, endnote sources', async () => {
    const { pages } = await readPdf('briefing.pdf');
    const text = allText(pages);
    for (const e of EXPECT.values()) expectPageContent(text, e, `briefing (${e.url})`);
    for (const e of EXPECT.values()) for (const fig of e.figures) expect(placeFigure(pages, fig), `briefing: ${fig.id}`).toMatchObject({ missing: [] });
  });

  test('has a cover, then contents, the glossary and the sources', async () => {
    const { pages } = await readPdf('briefing.pdf');
    const html = parse(readFileSync(join(DIST, 'print/briefing/index.html'), 'utf8'));
    const title = html.querySelector('h1')!.textContent.trim();
    expect(pages[0].squashed).toContain(squash(title));
    expect(pages[0].squashed).toContain(squash(formatDate(BRIEFING.asOf)));
    expect(pages[1].squashed).toContain('Contents');
    const glossary = html.querySelectorAll('[data-part="glossary"] dt').map((d) => d.textContent.trim());
    const sources = html.querySelectorAll('[data-part="sources"] li.source p:first-child').map((d) => d.textContent.trim());
    expect(glossary.length).toBeGreaterThan(3);
    expect(sources.length).toBeGreaterThan(3);
    const text = allText(pages);
    for (const s of [...glossary, ...sources]) expect(text, s).toContain(squash(s));
  });

  test('its outline has an entry per part, each going to where that part starts', async () => {
    const { outline, pages } = await readPdf('briefing.pdf');
    for (const part of BRIEFING.parts) {
      const entry = outline.find((o) => isHeadingEntry(o.title, part.title));
      expect(entry, `outline entry for ${part.title}`).toBeDefined();
      expect(pages[entry!.page - 1].squashed, part.title).toContain(squash(part.title));
    }
  });

  test('every contents entry\'s page number is the page its heading is on', async () => {
    const { outline, pages } = await readPdf('briefing.pdf');
    const html = parse(readFileSync(join(DIST, 'print/briefing/index.html'), 'utf8'));
    const entries = html.querySelectorAll('a.toc-entry').map((a) => ({ text: a.querySelector('.toc-text')!.textContent.trim(), page: Number(a.querySelector('.toc-page')!.textContent) }));
    expect(entries.length).toBeGreaterThanOrEqual(BRIEFING.parts.length);
    let previous = 0;
    for (const { text, page } of entries) {
      expect(Number.isInteger(page) && page > 2, `${text}: ${page}`).toBe(true);
      expect(page, `${text} comes after the entry before it`).toBeGreaterThanOrEqual(previous);
      previous = page;
      expect(pages[page - 1].squashed, `${text} on page ${page}`).toContain(squash(text));
      expect(outline.some((o) => o.page === page && isHeadingEntry(o.title, text)), `${text}: outline entry on page ${page}`).toBe(true);
    }
  });

  test('every page but the cover carries the data-as-of date, a live URL and its page number', async () => {
    const { pages } = await readPdf('briefing.pdf');
    for (const p of pages.slice(1)) {
      expect(p.text, `page ${p.page}`).toContain(`Page ${p.page} of ${pages.length}`);
      expect(p.squashed, `page ${p.page}`).toContain(squash(`Data as of ${formatDate(BRIEFING.asOf)}`));
      expect(p.squashed, `page ${p.page}`).toContain(squash(BRIEFING.site));
    }
  });
});

describe.each(FILES)('%s as a file', (file) => {
  test('is tagged, has an outline, embeds every font and holds no raster image (charts stay vector)', async () => {
    const doc = await PDFDocument.load(readFileSync(join(PDF_DIR, file)), { updateMetadata: false });
    const catalog = doc.catalog;
    expect(catalog.get(PDFName.of('StructTreeRoot')), 'StructTreeRoot').toBeInstanceOf(PDFRef);
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(catalog.get(PDFName.of('Outlines')), 'Outlines').toBeDefined();
    const fonts: string[] = [];
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      const dict = obj instanceof PDFDict ? obj : obj instanceof PDFStream ? obj.dict : undefined;
      if (!dict) continue;
      const type = dict.get(PDFName.of('Type'))?.toString();
      const subtype = dict.get(PDFName.of('Subtype'))?.toString();
      expect(subtype === '/Image' && type !== '/Annot', `${file} holds an image`).toBe(false);
      if (type !== '/Font' || subtype === '/Type0' || subtype === '/Type3') continue;
      const descriptor = dict.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.get(PDFName.of(k)));
      if (!embedded) fonts.push(dict.get(PDFName.of('BaseFont'))?.toString() ?? '?');
    }
    expect(fonts, 'fonts not embedded').toEqual([]);
    const { pdf } = await readPdf(file);
    expect(((await pdf.getMarkInfo()) as unknown as Map<string, boolean>).get('Marked')).toBe(true);
    const tree = await (await pdf.getPage(1)).getStructTree();
    expect(tree?.children.length, 'structure tree of page 1').toBeGreaterThan(0);
  });

  test('links point at the live site or inside the document, never at the local server that rendered it', async () => {
    const { links } = await readPdf(file);
    expect(links.length).toBeGreaterThan(0);
    const local = links.filter((l) => l.url && /\/\/127\.0\.0\.1[:/]/.test(l.url));
    expect(local).toEqual([]);
    expect(links.filter((l) => !l.url && !l.targetPage)).toEqual([]);
  });
});

test('each page and the home page link to their PDFs, with the true page count and size', () => {
  const m = new Map(manifest().files.map((f) => [f.file, f]));
  const seen = new Set<string>();
  for (const path of htmlPaths()) {
    const root = parse(readFileSync(join(DIST, path.replace(/\/$/, '/index.html').replace(/^\//, '')), 'utf8'));
    for (const span of root.querySelectorAll('[data-pdf-size]')) {
      const file = span.getAttribute('data-pdf-size')!;
      expect(m.has(file), `${path} links ${file}`).toBe(true);
      expect(span.textContent, `${path}: size of ${file}`).toBe(sizeText(m.get(file)!));
      seen.add(`${path} ${file}`);
    }
    for (const a of root.querySelectorAll('a[href^="/pdf/"]')) expect(existsSync(join(DIST, a.getAttribute('href')!)), `${path}: ${a.getAttribute('href')}`).toBe(true);
  }
  expect(seen.has('/ briefing.pdf'), 'home page links the briefing').toBe(true);
  for (const p of PAGES) {
    expect(seen.has(`/ ${p.file}`), `home page links ${p.file}`).toBe(true);
    expect(seen.has(`${p.url} ${p.file}`), `${p.url} links its PDF`).toBe(true);
    expect(seen.has(`${p.url} briefing.pdf`), `${p.url} links the briefing`).toBe(true);
  }
});
