/**
 * How full the page before each figure is, read from the PDF's text positions (pdf.js), and the
 * floats that fill it (src/lib/print/floats.ts). A figure is never split, so one pushed to the
 * next page leaves a gap; a page before a figure must be at least `MIN_FILL` full.
 */
import type { Page } from 'playwright-core';
import { blocksAfter, floatFigures } from '../../src/lib/print/floats.ts';
import { openPdf, pageTexts, squash, type PageText } from './read-pdf.ts';

/** The least a page before a figure is filled: below two thirds it reads as a half-empty page. */
export const MIN_FILL = 2 / 3;

/** A4 and the margins of print.css's @page rule, in pt: what lies outside is the running head and foot. */
const MM = 72 / 25.4;
export const BODY = { top: 842 - 19 * MM, bottom: 20 * MM };

const bodyItems = (p: PageText) => p.items.filter((i) => i.str.trim() && i.y > BODY.bottom && i.y < BODY.top);

/** How far down the body of a page its text reaches, 0 (empty) to 1 (full). */
export function pageFill(p: PageText): number {
  const items = bodyItems(p);
  if (!items.length) return 0;
  const lowest = Math.min(...items.map((i) => i.y - 0.25 * i.height));
  return Math.min(1, (BODY.top - lowest) / (BODY.top - BODY.bottom));
}

export interface Placement {
  id: string;
  title: string;
  /** 1-based page holding the figure's title */
  page: number;
  /** whether the figure heads its page (nothing of the body above its title) */
  atTop: boolean;
  /** how full the page before is (1 when the figure does not head its page) */
  prevFill: number;
  /** the smallest text (pt) on the figure's page below its title */
  smallest: number;
}

/** Where each figure landed: the first page with its title as a line of its own. */
export function placements(pages: PageText[], figures: { id: string; title: string }[]): Placement[] {
  const out: Placement[] = [];
  for (const f of figures) {
    for (const p of pages) {
      const items = bodyItems(p);
      const title = items.filter((i) => squash(i.str).length > 3 && squash(f.title).startsWith(squash(i.str))).sort((a, b) => b.y - a.y)[0];
      if (!title || !p.squashed.includes(squash(f.title))) continue;
      const atTop = !items.some((i) => i.y > title.y + 2);
      const below = items.filter((i) => i.y < title.y && i.height > 0).map((i) => i.height);
      out.push({ id: f.id, title: f.title, page: p.page, atTop, prevFill: atTop && p.page > 1 ? pageFill(pages[p.page - 2]) : 1, smallest: Math.min(...below) });
      break;
    }
  }
  return out;
}

export async function readPlacements(pdf: Uint8Array, figures: { id: string; title: string }[]): Promise<Placement[]> {
  return placements(await pageTexts(await openPdf(pdf)), figures);
}

/** How many of the blocks after a figure to float it past to fill `free` px: whole blocks only, never ending on a heading. */
export function blocksToPass(blocks: { tag: string; height: number }[], free: number): number {
  let n = 0;
  let used = 0;
  while (n < blocks.length && used + blocks[n].height <= free) used += blocks[n++].height;
  while (n > 0 && /^h\d$/.test(blocks[n - 1].tag)) n--;
  return Math.max(n, Math.min(1, blocks.length));
}

/**
 * After a render: adds a float for each figure that heads its page with the page before it less
 * than `MIN_FILL` full (measured in the page still open in print layout). Returns whether it added any.
 */
export async function addFloats(page: Page, pdf: Uint8Array, figures: { id: string; title: string }[], floats: { id: string; past: number }[], pageHeightPx: number): Promise<boolean> {
  let added = false;
  for (const p of await readPlacements(pdf, figures)) {
    if (p.prevFill >= MIN_FILL || floats.some((f) => f.id === p.id)) continue;
    const past = blocksToPass(await page.evaluate(blocksAfter, p.id), (1 - p.prevFill) * pageHeightPx);
    if (past > 0) { floats.push({ id: p.id, past }); added = true; }
  }
  return added;
}

export { floatFigures };
