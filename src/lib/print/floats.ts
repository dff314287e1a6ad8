/**
 * Print only: figures float down, as in a printed book. A figure is kept on one page, so one that
 * does not fit where the text places it leaves the page before it part empty. The PDF step
 * (scripts/pdf/fill.ts) reads where figures landed and, for one whose page before is less than
 * `MIN_FILL` full, moves the figure past the blocks that follow it (paragraphs, and headings
 * only together with what they head), never past another figure or out of its article: the text
 * fills the page and the figure heads the next one. The screen is never touched.
 *
 * Self-contained (no imports, no outer variables): passed to Chromium with `page.evaluate`.
 */

/**
 * The heights in CSS px (with margins) of the blocks after figure `id` that it may float past,
 * in order: up to the next figure or the end of its article.
 */
export function blocksAfter(id: string): { tag: string; height: number }[] {
  function flowBlockOf(figure: Element): Element {
    let el: Element = figure;
    while (el.parentElement?.matches('.chart-block')) el = el.parentElement;
    return el;
  }
  const figure = document.getElementById(id);
  if (!figure) return [];
  const out: { tag: string; height: number }[] = [];
  for (let el = flowBlockOf(figure).nextElementSibling; el; el = el.nextElementSibling) {
    if (el.matches('figure, .chart-block, section.chart-notes, .endnotes') || el.querySelector('figure')) break;
    if (el.getClientRects().length === 0) continue;
    const s = getComputedStyle(el);
    out.push({ tag: el.tagName.toLowerCase(), height: el.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom) });
  }
  return out;
}

/** Moves each figure past the next `past` visible blocks (as `blocksAfter` lists them). Returns the ids moved. */
export function floatFigures(moves: { id: string; past: number }[]): string[] {
  const moved: string[] = [];
  for (const { id, past } of moves) {
    const figure = document.getElementById(id);
    if (!figure || past < 1) continue;
    let block: Element = figure;
    while (block.parentElement?.matches('.chart-block')) block = block.parentElement;
    let after: Element | null = block;
    let n = 0;
    for (let el = block.nextElementSibling; el && n < past; el = el.nextElementSibling) {
      if (el.matches('figure, .chart-block') || el.querySelector('figure')) break;
      if (el.getClientRects().length === 0) continue;
      after = el;
      n++;
    }
    if (after === block) continue;
    after.after(block);
    (figure as HTMLElement).dataset.printFloated = String(n);
    moved.push(id);
  }
  return moved;
}
