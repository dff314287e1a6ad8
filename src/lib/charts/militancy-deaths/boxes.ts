/**
 * militancy-deaths' listed panel: a measure whose figures are single years from publishers that
 * each count differently (deaths in attacks only) is not a series, so it is not drawn on a time
 * axis. Each publisher gets a number box: its name, its figures by year (each a focusable mark
 * with its tooltip) and, where there is room (not on phones), what it counts in the content's
 * words. Boxes flow in as many columns as the panel's width allows.
 */
import { spansWidth, textWidth, wrapSpans, type Span, type TextLine } from '../../viz/text.ts';
import { TYPE } from '../../viz/type.ts';
import type { Earlier } from './labels.ts';
import type { Ctx, Panel } from './layout.ts';
import { line, round } from './key.ts';
import { NEWS_MEDIA, PANEL_TITLES, type Classified } from './select.ts';
import { monthsText, tipFor, valueText } from './text.ts';

const S = TYPE.size;
const LH = TYPE.lh;
/** Narrowest column a box needs, and the gaps between boxes. */
const MIN_COL = 300;
const GAP_X = 24;
const GAP_Y = 10;

/** The line under the heading: why these figures are listed, not plotted. */
export const LISTED_NOTE = { wide: 'Single figures, each publisher counting its own way: not a series', narrow: 'Single figures, each counted its own way (see the table): not a series' };

interface Box { texts: TextLine[]; figures: Earlier[]; earlier: Earlier[]; height: number }

/** One publisher's box, `w` units wide, its top at (x0, top). */
function box(ctx: Ctx, cs: Classified[], x0: number, top: number, w: number): Box {
  const texts: TextLine[] = [];
  const figures: Earlier[] = [];
  const earlier: Earlier[] = [];
  const first = cs[0];
  let y = top + S * 0.8;
  const name: Span[] = [{ text: first.name, cls: 'strong' }, ...(first.publisherKey.startsWith(NEWS_MEDIA) ? [{ text: ' (names no source)', cls: 'muted' as const }] : [])];
  const nameLines = wrapSpans(name, w - 2, S);
  nameLines.forEach((l, i) => { texts.push(line(x0, round(y), l)); if (i < nameLines.length - 1) y += LH; });
  // the figures by year after the name, "CRSS   2013 4,643   2018 754", wrapping between figures, never inside one
  const gap = textWidth('   ', S);
  let x = spansWidth(nameLines.at(-1)!, S) + gap;
  for (const c of [...cs].sort((a, b) => a.rec.year - b.rec.year || a.rec.id.localeCompare(b.rec.id))) {
    const spans: Span[] = [
      { text: `${c.rec.year}${c.rec.through ? ` (${monthsText(c.rec.through)})` : ''} `, cls: 'muted' },
      { text: valueText(c), cls: c.state === 'superseded' ? 'plain' : 'value' },
      ...(c.state === 'superseded' ? [{ text: ' first given', cls: 'muted' as const }] : []),
    ];
    const width = spansWidth(spans, S);
    if (x > 0 && x + width > w - 1) { x = 0; y += LH; }
    const mark = { id: c.rec.id, lines: [line(round(x0 + x), round(y), spans)], tip: tipFor(c, ctx.data) };
    (c.state === 'superseded' ? earlier : figures).push(mark);
    x += width + gap;
  }
  y += LH;
  // what it counts, in the content's words (on phones the table and tooltips say it: room is short)
  if (!ctx.narrow) {
    for (const d of [...new Set(cs.map((c) => c.rec.definition))]) {
      for (const l of wrapSpans([{ text: d, cls: 'muted' }], w - 2, S)) { texts.push(line(x0, round(y), l)); y += LH; }
    }
  }
  return { texts, figures, earlier, height: y - S * 0.8 - top };
}

/** The listed panel for `measure`, `w` units wide from `x0`, its heading at `yTop`. */
export function layoutListed(ctx: Ctx, measure: keyof typeof PANEL_TITLES, cs: Classified[], frame: { x0: number; w: number; yTop: number }): { panel: Panel; bottom: number } {
  const texts: TextLine[] = [];
  let y = frame.yTop;
  for (const l of wrapSpans([{ text: PANEL_TITLES[measure], cls: 'strong' }], frame.w - 2, S)) { texts.push(line(frame.x0, round(y + S * 0.8), l)); y += LH; }
  for (const l of wrapSpans([{ text: LISTED_NOTE[ctx.narrow ? 'narrow' : 'wide'], cls: 'muted' }], frame.w - 2, S)) { texts.push(line(frame.x0, round(y + S * 0.8), l)); y += LH; }
  y += 8;
  const top = y;
  const columns = Math.max(1, Math.floor((frame.w + GAP_X) / (MIN_COL + GAP_X)));
  const colW = (frame.w - GAP_X * (columns - 1)) / columns;
  const groups = ctx.publishers.map((pk) => cs.filter((c) => c.publisherKey === pk)).filter((g) => g.length);
  const figures: Earlier[] = [];
  const earlier: Earlier[] = [];
  for (let i = 0; i < groups.length; i += columns) {
    let rowH = 0;
    groups.slice(i, i + columns).forEach((g, k) => {
      const b = box(ctx, g, round(frame.x0 + k * (colW + GAP_X)), y, colW);
      texts.push(...b.texts);
      figures.push(...b.figures);
      earlier.push(...b.earlier);
      rowH = Math.max(rowH, b.height);
    });
    y += rowH + GAP_Y;
  }
  const bottom = y - GAP_Y;
  return {
    panel: { measure, listed: true, plot: { x1: frame.x0, x2: frame.x0 + frame.w - 1, y1: top, y2: round(bottom) }, grid: [], breaks: [], lines: [], marks: [], figures, earlier, texts },
    bottom,
  };
}
