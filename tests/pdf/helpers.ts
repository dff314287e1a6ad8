/**
 * What the PDFs must contain, read from the built HTML (so the tests follow whatever charts and
 * notes the pages hold), and the PDFs themselves, read with pdfjs-dist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { openPdf, outline, pageTexts, links, squash, type OutlineEntry, type PageText, type LinkTarget, type Pdf } from '../../scripts/pdf/read-pdf.ts';
import { readBriefing, type Briefing } from '../../scripts/pdf/compose-briefing.ts';
import { DIST, page, text, withWideArtboards } from '../helpers/html.ts';

/** The built page with its charts' wide (print) artboards, as the PDF step fills them in. */
const builtPage = (url: string) => withWideArtboards(page(url));

export const PDF_DIR = join(DIST, 'pdf');

export interface ManifestEntry { file: string; title: string; url: string; bytes: number; pages: number }
export const manifest = (): { asOf: string; files: ManifestEntry[] } => JSON.parse(readFileSync(join(PDF_DIR, 'manifest.json'), 'utf8'));
export const briefing = (): Briefing => readBriefing(readFileSync(join(DIST, 'print/briefing/index.html'), 'utf8'));

/** A chart as the built page shows it: what its PDF rendering must contain, on one page. */
export interface FigureExpect {
  id: string;
  title: string;
  /** every distinct text label of the wide (print) artboard */
  labels: string[];
  /** the labels of its lead view (the first SVG); a chart in parts may break after it */
  leadLabels: string[];
  /** how many SVGs (views) the wide artboard has */
  parts: number;
  summary: string;
  /** the figure's last printed words: its last note (its sources print as notes at the end) */
  end: string;
  /** each source as printed after its publisher: “Title” (date) */
  sources: string[];
}

/** The texts of an explainer page that its PDF (and the briefing) must contain. */
export interface PageExpect {
  url: string;
  title: string;
  figures: FigureExpect[];
  /** each endnote's source: "Publisher, “Title”" and its date */
  noteSources: { source: string; date: string }[];
  /** the newest date in the page header (updated, information runs to) */
  date: string;
}

function figureOf(fig: HTMLElement): FigureExpect {
  const id = fig.getAttribute('data-chart')!;
  const labels = [...new Set(fig.querySelectorAll('.chart-art--wide svg text').map((t) => text(t)).filter((s) => s.length > 0))];
  const svgs = fig.querySelectorAll('.chart-art--wide svg');
  const leadLabels = [...new Set(svgs[0].querySelectorAll('text').map((t) => text(t)).filter((s) => s.length > 0))];
  const sources = fig.querySelectorAll('.chart-sources [data-source]').map((s) => {
    const link = s.querySelector('a');
    return text(s).replace(link ? text(link) : '', '').replace(/^,\s*/, '');
  });
  const summary = text(fig.querySelector(`#${id}-summary`));
  const notes = fig.querySelectorAll('.chart-provenance p.chart-note-text');
  return { id, title: text(fig.querySelector(`#${id}-title`)), labels, leadLabels, parts: svgs.length, summary, end: notes.length ? text(notes.at(-1)) : summary, sources };
}

export function expectFor(url: string): PageExpect {
  const root = builtPage(url);
  const article = root.querySelector('article.article')!;
  const noteSources = article.querySelectorAll('li.endnote').map((li) => {
    const line = li.querySelectorAll('p').at(-1)!;
    const a = line.querySelector('a[href^="http"]');
    const lineText = text(line);
    const date = lineText.match(/(\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December)? ?\d{4}(?=\.)/)?.[0] ?? '';
    return { source: a ? text(a) : lineText.slice(0, lineText.lastIndexOf(', ')), date };
  });
  return {
    url,
    title: text(article.querySelector('h1')),
    figures: article.querySelectorAll('figure[data-chart]').map(figureOf),
    noteSources,
    date: article.querySelectorAll('header time[datetime]').map((t) => t.getAttribute('datetime')!).sort().at(-1)!,
  };
}

export interface PdfRead { pdf: Pdf; pages: PageText[]; outline: OutlineEntry[]; links: LinkTarget[]; bytes: Uint8Array }
const cache = new Map<string, Promise<PdfRead>>();

export function readPdf(file: string): Promise<PdfRead> {
  if (!cache.has(file)) {
    cache.set(file, (async () => {
      const bytes = new Uint8Array(readFileSync(join(PDF_DIR, file)));
      const pdf = await openPdf(bytes);
      return { pdf, bytes, pages: await pageTexts(pdf), outline: await outline(pdf), links: await links(pdf) };
    })());
  }
  return cache.get(file)!;
}

/**
 * Where a figure landed: the page that holds its title, and what of the figure is missing from
 * that page (its summary, its labels, the end of its source line). A figure split by a page break
 * leaves part of that list on another page.
 */
export function placeFigure(pages: PageText[], fig: FigureExpect): { page?: number; missing: string[] } {
  // a chart in parts: its title, finding and lead view on one page, the rest there or on the next
  const wanted = (fig.parts > 1 ? [fig.summary, ...fig.leadLabels] : [fig.summary, fig.end, ...fig.labels]).filter(Boolean);
  const rest = fig.parts > 1 ? [fig.end, ...fig.labels.filter((l) => !fig.leadLabels.includes(l))].filter(Boolean) : [];
  let best: { page?: number; missing: string[] } = { missing: ['title: ' + fig.title] };
  for (const p of pages.filter((p) => p.squashed.includes(squash(fig.title)))) {
    const next = pages.find((q) => q.page === p.page + 1);
    const missing = [
      ...wanted.filter((s) => !p.squashed.includes(squash(s))),
      ...rest.filter((s) => !p.squashed.includes(squash(s)) && !next?.squashed.includes(squash(s))),
    ];
    if (best.page === undefined || missing.length < best.missing.length) best = { page: p.page, missing };
  }
  return best;
}

export const allText = (pages: PageText[]) => pages.map((p) => p.squashed).join('');
export { squash };
