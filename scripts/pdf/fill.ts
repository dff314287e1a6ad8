/**
 * How full the page before each figure is, read from the PDF's text positions (pdf.js), and the
 * floats that fill it (src/lib/print/floats.ts). A figure is never split, so one pushed to the
 * next page leaves a gap; a page before a figure must be at least `MIN_FILL` full.
 */
import type { Page } from 'playwright-core';
import { blocksAround, floatFigures, type Block, type Float } from '../../src/lib/print/floats.ts';
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

/** A page that ends early because what follows it is a figure or a part of one (or a heading kept with a figure). */
export interface FigureBreak {
  /** the page that ends (1-based) */
  page: number;
  /** how full it is */
  fill: number;
  /** what heads the next page: a figure's title, a later part of a figure, or a heading kept with the figure below it */
  kind: 'title' | 'part' | 'heading';
  /** the figure (its id, when it is one of `figures`, else its first line on the next page) */
  figure: string;
  /** the first line of the next page */
  next: string;
}

const isHeading = (role: string) => /^H\d?$/.test(role);

/**
 * Every page break a figure causes, read from the PDF's tags: the next page starts inside a
 * <figure> (its title, or a part that did not fit), or with headings and then a figure. Whatever
 * the cause, such a page ends early only because the figure could not be split there.
 */
export function figureBreaks(pages: PageText[], figures: { id: string; title: string }[]): FigureBreak[] {
  const out: FigureBreak[] = [];
  const titleOf = (s: string) => figures.find((f) => squash(s).length > 3 && squash(f.title).startsWith(squash(s)));
  let current: string | undefined;
  for (const p of pages) {
    const items = bodyItems(p).sort((a, b) => b.y - a.y || a.x - b.x);
    const top = items[0];
    if (top && p.page > 1) {
      const afterHeadings = isHeading(top.role) && top.figure < 0 ? items.find((i) => !(isHeading(i.role) && i.figure < 0)) : undefined;
      const kind = top.figure >= 0 ? (titleOf(top.str) ? 'title' : 'part') : afterHeadings && afterHeadings.figure >= 0 ? 'heading' : undefined;
      if (kind) {
        const first = kind === 'heading' ? afterHeadings! : top;
        const figure = titleOf(first.str)?.id ?? (kind === 'part' ? current : undefined) ?? first.str.trim();
        out.push({ page: p.page - 1, fill: pageFill(pages[p.page - 2]), kind, figure, next: top.str.trim() });
      }
    }
    // the last figure whose title this page shows: a part at the top of the next page is its
    for (const i of items) { const f = titleOf(i.str); if (f && i.figure >= 0 && p.squashed.includes(squash(f.title))) current = f.id; }
  }
  return out;
}

export async function readPlacements(pdf: Uint8Array, figures: { id: string; title: string }[]): Promise<Placement[]> {
  return placements(await pageTexts(await openPdf(pdf)), figures);
}

/** How many of `blocks` (in the order a figure would pass them) fill `free` px: whole blocks only. */
export function blocksToPass(blocks: { height: number }[], free: number): number {
  let n = 0;
  let used = 0;
  while (n < blocks.length && used + blocks[n].height <= free) used += blocks[n++].height;
  return n;
}

const sum = (blocks: { height: number }[]) => blocks.reduce((t, b) => t + b.height, 0);

/**
 * The move that fills the page a figure (or its later part) left less than `MIN_FILL` full,
 * from the blocks around it (`blocksAround`), or none:
 * - the whole figure: down past the section's blocks after it that fit the gap, if they fill the
 *   page; else up to the top of its page (before the blocks of its section that start there,
 *   its heading included when that heads the page);
 * - a part: the later views down past the blocks after it, else the blocks before it (whole,
 *   from its section) between the lead view and the rest.
 */
export function chooseFloat(b: FigureBreak, blocks: { after: Block[]; before: Block[]; parts: number }, pages: PageText[], pageHeightPx: number): Float | undefined {
  const gap = (1 - b.fill) * pageHeightPx;
  const need = (MIN_FILL - b.fill) * pageHeightPx;
  const down = blocksToPass(blocks.after, gap);
  const split = b.kind === 'part';
  if (split && blocks.parts < 2) return undefined;
  if (down > 0 && sum(blocks.after.slice(0, down)) >= need) return { id: b.figure, past: down, ...(split ? { split } : {}) };
  if (split) {
    // the text just before the figure moves under its lead view, as much as fills the gap
    const before = blocks.before.filter((x) => !/^h\d$/.test(x.tag));
    for (let k = 1; k <= before.length && sum(before.slice(0, k)) <= gap; k++) {
      if (sum(before.slice(0, k)) >= need) return { id: b.figure, past: -k, split };
    }
    return undefined;
  }
  // up: the page the figure did not fit on is b.page; the figure goes before what starts there
  const page = pages[b.page - 1];
  const letters = (s: string) => s.replace(/[^A-Za-z]/g, '');
  const text = letters(page.squashed);
  const top = letters(bodyItems(page).sort((x, y) => y.y - x.y)[0]?.str ?? '');
  let k = 0;
  for (const x of blocks.before) {
    if (x.start.length < 8 || !text.includes(x.start)) break;
    if (/^h\d$/.test(x.tag)) { if (top && x.start.startsWith(top.slice(0, 12))) k++; break; }
    k++;
  }
  return k > 0 ? { id: b.figure, past: -k } : undefined;
}

/** The pages a figure left less than `MIN_FILL` full: how many, and the least full. */
export function shortfall(breaks: FigureBreak[]): { count: number; least: number } {
  const short = breaks.filter((b) => b.fill < MIN_FILL);
  return { count: short.length, least: Math.min(1, ...breaks.map((b) => b.fill)) };
}

export interface Rendered { pdf: Uint8Array; facts: { figures: { id: string; title: string }[]; pageHeight: number } }

/**
 * Renders with floats until no figure leaves a page less than `MIN_FILL` full, or no move helps
 * (then splits, without moving, any figure whose later views went on to the next page):
 * each pass adds one move per short page, renders, and keeps the moves only if fewer pages are
 * short (or the least full is fuller); a move that did not help is not tried again. The blocks
 * around each figure are measured once, in the first rendering, before anything moved.
 */
export async function settleFloats<R extends Rendered>(page: Page, render: (floats: Float[]) => Promise<R>, log: (s: string) => void = () => {}): Promise<{ result: R; floats: Float[] }> {
  let floats: Float[] = [];
  let result = await render(floats);
  const blocks = new Map<string, Awaited<ReturnType<typeof blocksAround>>>();
  for (const f of result.facts.figures) blocks.set(f.id, await page.evaluate(blocksAround, f.id));
  const tried = new Set<string>();
  for (let pass = 0; pass < 4; pass++) {
    const pages = await pageTexts(await openPdf(result.pdf));
    const breaks = figureBreaks(pages, result.facts.figures);
    const moves = breaks.filter((b) => b.fill < MIN_FILL && blocks.has(b.figure) && !floats.some((f) => f.id === b.figure))
      .map((b) => chooseFloat(b, blocks.get(b.figure)!, pages, result.facts.pageHeight))
      .filter((m): m is Float => Boolean(m) && !tried.has(JSON.stringify(m)));
    if (!moves.length) break;
    moves.forEach((m) => tried.add(JSON.stringify(m)));
    const next = await render([...floats, ...moves]);
    const was = shortfall(breaks);
    const now = shortfall(figureBreaks(await pageTexts(await openPdf(next.pdf)), next.facts.figures));
    const better = now.count < was.count || (now.count === was.count && now.least > was.least + 0.005);
    log(`floats ${moves.map((m) => `${m.id} ${m.past > 0 ? 'down' : 'up'} ${Math.abs(m.past)}${m.split ? ' (split)' : ''}`).join(', ')}: ${better ? 'kept' : 'dropped'} (pages under ${Math.round(MIN_FILL * 100)}%: ${was.count} -> ${now.count}, least full ${Math.round(was.least * 100)}% -> ${Math.round(now.least * 100)}%)`);
    if (better) { floats = [...floats, ...moves]; result = next; }
  }
  // later views that moved to the next page by themselves: split there too, for the "(continued)" cue
  const breaks = figureBreaks(await pageTexts(await openPdf(result.pdf)), result.facts.figures);
  const cues: Float[] = breaks.filter((b) => b.kind === 'part' && (blocks.get(b.figure)?.parts ?? 0) > 1 && !floats.some((f) => f.id === b.figure))
    .map((b) => ({ id: b.figure, past: 0, split: true }));
  if (cues.length) {
    const next = await render([...floats, ...cues]);
    const was = shortfall(breaks);
    const now = shortfall(figureBreaks(await pageTexts(await openPdf(next.pdf)), next.facts.figures));
    const kept = now.count <= was.count;
    log(`"(continued)" cue for ${cues.map((c) => c.id).join(', ')}: ${kept ? 'kept' : 'dropped'} (pages under ${Math.round(MIN_FILL * 100)}%: ${was.count} -> ${now.count})`);
    if (kept) { floats = [...floats, ...cues]; result = next; }
  }
  return { result, floats };
}

export { floatFigures };
