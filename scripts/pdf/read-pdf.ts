/**
 * Reads a PDF with pdfjs-dist (Mozilla's PDF.js, no system tools): the text of each page with
 * positions, the outline with the page each entry goes to, internal links, metadata and tags.
 * The PDF step uses it to find where headings landed; tests use it to check the PDFs.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Pdf = PDFDocumentProxy;

export async function openPdf(bytes: Uint8Array): Promise<Pdf> {
  // pdfjs takes ownership of (detaches) the buffer it is given: pass a copy
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false }).promise;
}

export interface TextItem { str: string; x: number; y: number; height: number }
export interface PageText {
  /** 1-based page number */
  page: number;
  items: TextItem[];
  /** the page's text with whitespace collapsed */
  text: string;
  /** the page's text without any whitespace, for matching text that wraps across lines */
  squashed: string;
}

export const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Whether an outline entry is a heading's. Chromium builds entries from the heading's text
 * boxes: it drops the spaces at line breaks, and repeats the text of a heading pushed onto the
 * next page ("The contested tollThe contested toll").
 */
export function isHeadingEntry(entryTitle: string, headingText: string): boolean {
  const t = squash(entryTitle);
  const h = squash(headingText);
  return h.length > 0 && t.length % h.length === 0 && t === h.repeat(t.length / h.length);
}

export async function pageTexts(pdf: Pdf): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    let text = '';
    for (const it of content.items) {
      if (!('str' in it)) continue;
      items.push({ str: it.str, x: it.transform[4], y: it.transform[5], height: it.height });
      text += it.str + (it.hasEOL ? '\n' : '');
    }
    pages.push({ page: n, items, text: text.replace(/\s+/g, ' ').trim(), squashed: squash(text) });
    page.cleanup();
  }
  return pages;
}

/** Pages (1-based) whose text contains `s`, ignoring whitespace and line breaks. */
export const pagesWith = (pages: PageText[], s: string) => pages.filter((p) => p.squashed.includes(squash(s))).map((p) => p.page);

export interface OutlineEntry { title: string; depth: number; page: number; y: number }

async function destPage(pdf: Pdf, dest: unknown): Promise<{ page: number; y: number }> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : (dest as unknown[] | null);
  if (!explicit) return { page: 0, y: 0 };
  const ref = explicit[0] as { num: number; gen: number } | number;
  const index = typeof ref === 'number' ? ref : await pdf.getPageIndex(ref);
  return { page: index + 1, y: Number(explicit[3] ?? 0) };
}

/** The outline, flattened in reading order, with each entry's 1-based page. */
export async function outline(pdf: Pdf): Promise<OutlineEntry[]> {
  const out: OutlineEntry[] = [];
  type Node = { title: string; dest: unknown; items: Node[] };
  const walk = async (nodes: Node[], depth: number) => {
    for (const node of nodes) {
      out.push({ title: node.title, depth, ...(await destPage(pdf, node.dest)) });
      await walk(node.items, depth + 1);
    }
  };
  await walk(((await pdf.getOutline()) ?? []) as Node[], 0);
  return out;
}

export interface LinkTarget { page: number; rect: number[]; targetPage?: number; url?: string }

/** Link annotations: internal ones with the page they go to, external ones with their URL. */
export async function links(pdf: Pdf): Promise<LinkTarget[]> {
  const out: LinkTarget[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    for (const a of await page.getAnnotations()) {
      if (a.subtype !== 'Link') continue;
      if (a.dest) out.push({ page: n, rect: a.rect, targetPage: (await destPage(pdf, a.dest)).page });
      else if (a.url) out.push({ page: n, rect: a.rect, url: a.url });
    }
  }
  return out;
}
