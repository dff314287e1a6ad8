/**
 * The PDF edition (`npm run pdf`; `npm run build` runs it after `astro build`).
 *
 * From the built site in dist/, in one headless Chromium (playwright-core, Debian's chromium):
 * 1. dist/pdf/<page>.pdf for every explainer page;
 * 2. dist/pdf/briefing.pdf: the briefing shell (src/pages/print/briefing.astro) filled with every
 *    page, the glossary and the sources, rendered twice: the first pass shows where each heading
 *    lands, the second prints those page numbers in the contents (checked, and repeated if a
 *    number moved anything);
 * 3. metadata, dates from the content and a content-derived ID on every PDF (finish.ts);
 * 4. sizes written into the download links of the built HTML (sizes.ts);
 * 5. dist/pdf/manifest.json: file, title, bytes and pages of each PDF. Render times vary from run
 *    to run, so they go to .astro/pdf-timings.json (read by `npm run bench`), keeping dist/ reproducible.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { formatDate } from '../../src/lib/data/asOf.ts';
import { SITE_NAME } from '../../src/lib/site/nav.ts';
import { composeBriefing, partsCss, readBriefing, setTocPages, PARTS_CSS_HREF, type Briefing, type BriefingPart } from './compose-briefing.ts';
import { newPrintContext, renderPdf, type PageFacts } from './render.ts';
import { settleFloats } from './fill.ts';
import type { Float } from '../../src/lib/print/floats.ts';
import { finishPdf } from './finish.ts';
import { isHeadingEntry, openPdf, outline } from './read-pdf.ts';
import { fillSizesInDist, formatBytes } from './sizes.ts';

export const BRIEFING_PATH = '/print/briefing/';
export const BRIEFING_FILE = 'briefing.pdf';
const LANGUAGE = 'en-GB';
/** Outside dist/: timings differ between runs and dist/ must not. */
export const TIMINGS_DIR = '.astro';

export interface PdfRecord { file: string; title: string; url: string; bytes: number; pages: number; ms: number }

export interface BuildOptions {
  dist?: string;
  /** where the PDFs go (default <dist>/pdf) */
  outDir?: string;
  /** only these explainer pages (ids); with `briefing: false`, no briefing */
  only?: string[];
  briefing?: boolean;
  /** fill sizes into the built HTML and write the manifest (default true) */
  publish?: boolean;
  colorScheme?: 'light' | 'dark';
  log?: (line: string) => void;
}

const newest = (...dates: (string | undefined)[]) => dates.filter((d): d is string => Boolean(d)).sort().at(-1)!;

function meta(facts: PageFacts, asOf: string, kicker: string, showOutline = false) {
  return {
    title: facts.title,
    author: SITE_NAME,
    subject: facts.description,
    keywords: ['Pakistan', 'Afghanistan', 'Taliban', '2026', kicker],
    language: LANGUAGE,
    date: newest(facts.updated, asOf),
    creator: `${SITE_NAME}, PDF edition (Chromium via playwright-core)`,
    headings: facts.headings.map((h) => h.text),
    showOutline,
  };
}

/**
 * Where each heading with an id landed: aligns the headings Chromium made the outline from
 * with the outline's entries (same order), then reads each entry's page.
 */
export async function headingPages(pdfBytes: Uint8Array, headings: PageFacts['headings']): Promise<Map<string, number>> {
  const entries = await outline(await openPdf(pdfBytes));
  const pages = new Map<string, number>();
  let e = 0;
  for (const h of headings) {
    let k = e;
    while (k < entries.length && !isHeadingEntry(entries[k].title, h.text)) k++;
    if (k === entries.length) continue;
    if (h.id) pages.set(h.id, entries[k].page);
    e = k + 1;
  }
  return pages;
}

async function renderBriefing(page: Page, siteUrl: string, dist: string, briefing: Briefing, colorScheme: 'light' | 'dark', log: (s: string) => void) {
  const file = join(dist, BRIEFING_PATH, 'index.html');
  const asOfText = `Data as of ${formatDate(briefing.asOf)}`;
  const tocIds = () => [...readFileSync(file, 'utf8').matchAll(/data-toc-page="([^"]+)"/g)].map((m) => m[1]);
  let numbers = new Map<string, number>();
  const render = (floats: Float[]) => renderPdf(page, `${siteUrl}${BRIEFING_PATH}`, { liveUrl: new URL('/', briefing.site).href, asOfText, colorScheme, floats });
  // figures float first (the contents come before every part, so their numbers move nothing);
  // the last rendering of that is the contents' first pass
  writeFileSync(file, setTocPages(readFileSync(file, 'utf8'), numbers));
  const settled = await settleFloats(page, render, (s) => log(`  briefing: ${s}`));
  for (let pass = 1; pass <= 5; pass++) {
    if (pass > 1) writeFileSync(file, setTocPages(readFileSync(file, 'utf8'), numbers));
    const { pdf, facts } = pass === 1 ? settled.result : await render(settled.floats);
    const landed = await headingPages(pdf, facts.headings);
    const missing = tocIds().filter((id) => !landed.has(id));
    if (missing.length) throw new Error(`briefing: no outline entry for the contents' targets ${missing.join(', ')}`);
    const moved = tocIds().filter((id) => numbers.get(id) !== landed.get(id));
    log(`  briefing pass ${pass}: ${moved.length ? `${moved.length} contents numbers set` : 'contents numbers match'}`);
    if (moved.length === 0) return { pdf, facts };
    numbers = landed;
  }
  throw new Error('briefing: the contents page numbers did not settle after 5 passes');
}

export async function buildPdfs(options: BuildOptions = {}): Promise<PdfRecord[]> {
  const dist = resolve(options.dist ?? 'dist');
  const outDir = resolve(options.outDir ?? join(dist, 'pdf'));
  const log = options.log ?? ((s: string) => console.log(s));
  const colorScheme = options.colorScheme ?? 'light';
  const shellFile = join(dist, BRIEFING_PATH, 'index.html');
  if (!existsSync(shellFile)) throw new Error(`${shellFile} is missing: run "astro build" first`);
  const briefing = readBriefing(readFileSync(shellFile, 'utf8'));
  const asOfText = `Data as of ${formatDate(briefing.asOf)}`;
  mkdirSync(outDir, { recursive: true });

  const site = await serveStatic(dist);
  const browser = await launchChromium();
  const records: PdfRecord[] = [];
  try {
    const context = await newPrintContext(browser, colorScheme);
    const page = await context.newPage();
    const pageParts = briefing.parts.filter((p): p is BriefingPart & { explainerPage: string } => Boolean(p.explainerPage))
      .filter((p) => !options.only || options.only.includes(p.explainerPage));
    for (const part of pageParts) {
      const started = performance.now();
      const liveUrl = new URL(part.url, briefing.site).href;
      const { result: { pdf, facts }, floats } = await settleFloats(page, (floats) => renderPdf(page, `${site.url}${part.url}`, { liveUrl, asOfText, colorScheme, floats }), (s) => log(`  ${part.explainerPage}: ${s}`));
      const done = await finishPdf(pdf, meta(facts, briefing.asOf, part.kicker));
      const file = `${part.explainerPage}.pdf`;
      writeFileSync(join(outDir, file), done.bytes);
      records.push({ file, title: facts.title, url: liveUrl, bytes: done.bytes.length, pages: done.pages, ms: Math.round(performance.now() - started) });
      log(`  ${file}: ${done.pages} pages, ${formatBytes(done.bytes.length)}, ${Math.round(performance.now() - started)} ms${facts.fitted.length ? ` (scaled to fit a page: ${facts.fitted.join(', ')})` : ''}${floats.length ? ` (floated: ${floats.map((f) => `${f.id} ${f.past === 0 ? '' : `${f.past > 0 ? 'down' : 'up'} ${Math.abs(f.past)}`}${f.split ? ' split' : ''}`).join('; ')})` : ''}`);
    }

    if (options.briefing ?? true) {
      const started = performance.now();
      const { html } = composeBriefing(readFileSync(shellFile, 'utf8'), (url) => readFileSync(join(dist, url, 'index.html'), 'utf8'));
      writeFileSync(shellFile, html);
      writeFileSync(join(dist, PARTS_CSS_HREF), partsCss(briefing));
      const { pdf, facts } = await renderBriefing(page, site.url, dist, briefing, colorScheme, log);
      const done = await finishPdf(pdf, meta(facts, newest(briefing.asOf, facts.updated), 'Briefing', true));
      writeFileSync(join(outDir, BRIEFING_FILE), done.bytes);
      records.push({ file: BRIEFING_FILE, title: facts.title, url: new URL(`/pdf/${BRIEFING_FILE}`, briefing.site).href, bytes: done.bytes.length, pages: done.pages, ms: Math.round(performance.now() - started) });
      log(`  ${BRIEFING_FILE}: ${done.pages} pages, ${formatBytes(done.bytes.length)}, ${Math.round(performance.now() - started)} ms`);
    }
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }

  if (options.publish ?? true) {
    const changed = fillSizesInDist(dist, new Map(records.map((r) => [r.file, r])));
    log(`  sizes written into ${changed.length} HTML files`);
    const published = records.map(({ ms: _ms, ...r }) => r);
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ asOf: briefing.asOf, files: published }, null, 2) + '\n');
    mkdirSync(TIMINGS_DIR, { recursive: true });
    writeFileSync(join(TIMINGS_DIR, 'pdf-timings.json'), JSON.stringify(Object.fromEntries(records.map((r) => [r.file, r.ms])), null, 2) + '\n');
  }
  return records;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  console.log('PDF edition: rendering from dist/ in Chromium');
  const records = await buildPdfs();
  console.log('\n  file                       pages      bytes      ms');
  for (const r of records) console.log(`  ${r.file.padEnd(26)} ${String(r.pages).padStart(5)} ${String(r.bytes).padStart(10)} ${String(r.ms).padStart(7)}`);
  console.log(`\nPDF edition: ${records.length} PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s (dist/pdf/manifest.json)`);
}
