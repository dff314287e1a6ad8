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

export interface TextItem {
  str: string; x: number; y: number; height: number;
  /** from the PDF's tags (Chromium tags every page): which figure on the page holds the text (0, 1, … in
   * page order; -1 outside any <figure>), and the tag of the element it is text of (P, H2, TD, …) */
  figure: number; role: string;
}
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

type StructNode = { role?: string; type?: string; id?: string; children?: StructNode[] };

/** For each marked-content id of a page: its outermost Figure (numbered in page order) and its element's tag. */
function tagsOf(tree: StructNode | null): Map<string, { figure: number; role: string }> {
  const out = new Map<string, { figure: number; role: string }>();
  let figures = 0;
  const walk = (node: StructNode, figure: number, role: string) => {
    if (node.type === 'content' && node.id) { out.set(node.id, { figure, role }); return; }
    const f = figure < 0 && node.role === 'Figure' ? figures++ : figure;
    const r = node.role && node.role !== 'NonStruct' ? node.role : role;
    for (const c of node.children ?? []) walk(c, f, r);
  };
  if (tree) walk(tree, -1, '');
  return out;
}

export async function pageTexts(pdf: Pdf): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const tags = tagsOf(await page.getStructTree() as StructNode | null);
    const items: TextItem[] = [];
    const open: (string | undefined)[] = [];
    let text = '';
    for (const it of content.items) {
      if ('type' in it) {
        if (it.type === 'beginMarkedContentProps' || it.type === 'beginMarkedContent') open.push(it.id || open.at(-1));
        else if (it.type === 'endMarkedContent') open.pop();
        continue;
      }
      const tag = tags.get(open.at(-1) ?? '') ?? { figure: -1, role: '' };
      items.push({ str: it.str, x: it.transform[4], y: it.transform[5], height: it.height, ...tag });
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
