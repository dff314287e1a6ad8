/**
 * Print only: figures float, as in a printed book. A figure is kept on one page (a figure in
 * parts, on its lead view's page), so one that does not fit where the text places it leaves the
 * page before it part empty. The PDF step (scripts/pdf/fill.ts) reads where figures landed and,
 * for a page that a figure left less than `MIN_FILL` full, moves figures within their section:
 * - down, past whole blocks after it (never past a heading: a figure stays in its section);
 * - up, to the top of its page, when its section has too little text after it (the figure goes
 *   before the blocks that start on that page, its section's heading included when that heads
 *   the page);
 * - a figure in parts splits after its lead view: the later views, the credit and the notes
 *   become a second figure headed "<title> (continued)", and text of the section flows between
 *   the two (the text after the figure, or else the text before it, which the lead view then
 *   moves above). A figure whose later views moved to the next page by themselves splits there
 *   too, so that they carry the cue.
 * The screen is never touched.
 *
 * Self-contained (no imports, no outer variables): passed to Chromium with `page.evaluate`.
 */

/** One move: `past` blocks after the figure (down) or before it (up, `past` < 0); a split may move nothing (0), only adding the cue. */
export interface Float {
  id: string;
  past: number;
  /** split after the lead view: down moves only the later views, up only the lead view */
  split?: boolean;
}

export interface Block {
  tag: string;
  /** height in CSS px, margins included */
  height: number;
  /** the block's first letters as printed (no digits, spaces or screen-reader text: to find the page it starts on) */
  start: string;
}

/**
 * The blocks a figure may float past: after it up to the next heading, figure or the end of its
 * article; before it (nearest first) back to its section's heading, which is included.
 * `parts` is how many views the figure prints (its wide artboard's SVGs).
 */
export function blocksAround(id: string): { after: Block[]; before: Block[]; parts: number } {
  const figure = document.getElementById(id);
  if (!figure) return { after: [], before: [], parts: 0 };
  let flow: Element = figure;
  while (flow.parentElement?.matches('.chart-block')) flow = flow.parentElement;
  const stop = (el: Element) => el.matches('figure, .chart-block, section.chart-notes, .endnotes') || Boolean(el.querySelector('figure'));
  const heading = (el: Element) => /^H[1-6]$/.test(el.tagName);
  const letters = (el: Element) => {
    let out = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t && out.length < 30; t = walker.nextNode()) {
      if (!t.parentElement?.closest('.sr-only')) out += (t.textContent ?? '').replace(/[^A-Za-z]/g, '');
    }
    return out.slice(0, 30);
  };
  const block = (el: Element): Block => {
    const s = getComputedStyle(el);
    return { tag: el.tagName.toLowerCase(), height: el.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom), start: letters(el) };
  };
  const after: Block[] = [];
  for (let el = flow.nextElementSibling; el && !stop(el) && !heading(el); el = el.nextElementSibling) {
    if (el.getClientRects().length) after.push(block(el));
  }
  const before: Block[] = [];
  for (let el = flow.previousElementSibling; el && !stop(el); el = el.previousElementSibling) {
    if (!el.getClientRects().length) continue;
    before.push(block(el));
    if (heading(el)) break;
  }
  // the views that print (a chart may carry a wider variant of its artboard, hidden on paper)
  return { after, before, parts: [...figure.querySelectorAll('.chart-art--wide > svg')].filter((s) => s.getClientRects().length > 0).length };
}

/** Applies the moves (as `blocksAround` counts blocks). Returns the ids moved. */
export function floatFigures(moves: { id: string; past: number; split?: boolean }[]): string[] {
  const moved: string[] = [];
  const visible = (el: Element) => el.getClientRects().length > 0;
  for (const { id, past, split } of moves) {
    const figure = document.getElementById(id);
    if (!figure || (past === 0 && !split)) continue;
    let flow: Element = figure;
    while (flow.parentElement?.matches('.chart-block')) flow = flow.parentElement;
    let rest: Element | null = null;
    if (split) {
      const svgs = [...figure.querySelectorAll('.chart-art--wide > svg')].filter(visible);
      if (svgs.length < 2) continue;
      const art = figure.querySelector('.chart-art')!;
      const title = figure.querySelector('.chart-title')?.textContent?.trim() ?? '';
      rest = document.createElement('figure');
      rest.className = 'chart chart-continued';
      rest.setAttribute('aria-label', `${title} (continued)`);
      (rest as HTMLElement).dataset.continues = id;
      const cue = document.createElement('p');
      cue.className = 'chart-continued-cue';
      cue.textContent = `${title} (continued)`;
      const restArt = document.createElement('div');
      restArt.className = 'chart-art';
      const wide = document.createElement('div');
      wide.className = 'chart-art--wide';
      wide.append(...svgs.slice(1));
      restArt.append(wide);
      const tail: Element[] = [];
      for (let el = art.nextElementSibling; el; el = el.nextElementSibling) tail.push(el);
      rest.append(cue, restArt, ...tail);
      flow.after(rest);
    }
    // down: the figure (or its later views) goes after the blocks; up: the figure (or its lead view) before them
    let n = 0;
    let target: Element | null = null;
    const from = past > 0 ? (rest ?? flow) : flow;
    for (let el = past > 0 ? from.nextElementSibling : from.previousElementSibling; el && n < Math.abs(past); el = past > 0 ? el.nextElementSibling : el.previousElementSibling) {
      if (el === rest) continue;
      if (el.matches('figure, .chart-block') || el.querySelector('figure')) break;
      // a figure stays in its section: down, it stops at the next heading; up, at its own
      const heading = /^H[1-6]$/.test(el.tagName);
      if (heading && past > 0) break;
      if (!visible(el)) continue;
      target = el;
      n++;
      if (heading) break;
    }
    if (target) {
      if (past > 0) target.after(from); else target.before(from);
    }
    (figure as HTMLElement).dataset.printFloated = `${past > 0 ? '+' : '-'}${n}${split ? ' split' : ''}`;
    moved.push(id);
  }
  return moved;
}
