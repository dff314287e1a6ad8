/**
 * militancy-deaths geometry for one artboard: a key, then one panel per measure on one shared
 * vertical scale. The hero series is a coloured line; every other series is grey. Where markers
 * of one year would sit on each other they are set side by side within the year (a dodge), so
 * no marker hides another. Revised figures are printed under the axis, not drawn.
 */
import { scaleLinear } from 'd3-scale';
import { tickStep } from 'd3-array';
import { lineBox, type Box } from '../../viz/box.ts';
import { fmtInt } from '../../viz/format.ts';
import { OPEN_END_UP_ROOM, openEndUpPath } from '../../viz/glyph.ts';
import type { Token } from '../../viz/palette.ts';
import { GridIndex, type Seg } from '../../viz/place.ts';
import { textWidth, wrapSpans, type TextLine } from '../../viz/text.ts';
import { TYPE } from '../../viz/type.ts';
import type { ContentData } from '../types.ts';
import { layoutKey, line, round, type KeyItem } from './key.ts';
import { labelMarks, revisionNote, type Earlier } from './labels.ts';
import { layoutListed } from './boxes.ts';
import {
  type Classified, type State, LISTED_MEASURES, PANEL_TITLES, TIME_MEASURES, definitionBreaks, heroSeries, magnitude, publisherOrder, segments, selectRecords,
} from './select.ts';
import { symbolPath, type Shape } from './symbols.ts';
import { tipFor, type Tip } from './text.ts';

const S = TYPE.size;
const LH = TYPE.lh;

/** One record drawn as a marker, with the text lines that print its value. */
export interface Mark {
  id: string;
  x: number;
  y: number;
  r: number;
  shape: Shape;
  /** SVG path when the shape is not a circle. */
  path?: string;
  tone: Token;
  hero: boolean;
  state: State;
  /** The upward chevron of an "at least" figure. */
  open?: string;
  /** For the invariant tests: the value and its height above the axis, on the one scale. */
  value: number;
  len: number;
  labels: TextLine[];
  leader?: [number, number, number, number];
  tip: Tip;
}

export interface Panel {
  measure: string;
  /** Figures listed per publisher in number boxes (boxes.ts), not plotted: no axis, no markers. */
  listed?: boolean;
  plot: Box;
  grid: number[];
  /** Where a publisher changed what it counts: a dashed rule. */
  breaks: { x: number; y1: number; y2: number }[];
  lines: { series: string; tone: Token; hero: boolean; d: string }[];
  marks: Mark[];
  /** Figures later revised, printed under the axis as first given; each is a focusable mark. */
  earlier: Earlier[];
  /** A listed panel's figures: printed words, each a focusable mark. */
  figures?: Earlier[];
  /** Heading, gridline values, years, definition labels, the revision note's words. */
  texts: TextLine[];
}

export interface Geometry {
  narrow: boolean;
  width: number;
  height: number;
  key: KeyItem[];
  texts: TextLine[];
  panels: Panel[];
  /** The full-width desktop artboard, drawn with the wide one and shown instead of it in a container at least its width. */
  full?: Geometry;
}

export type { KeyItem } from './key.ts';

/** What every panel of one artboard shares. */
export interface Ctx {
  W: number;
  narrow: boolean;
  data: ContentData;
  hero?: string;
  publishers: string[];
  shape: (pk: string) => Shape;
  r: (hero: boolean) => number;
}

const SHAPES: Shape[] = ['circle', 'triangle', 'square', 'diamond', 'cross'];

/** Places each year's markers at the year's centre, setting them side by side where they would touch. */
function dodge(want: { x: number; y: number; r: number }[], x0: number, x1: number): number[] {
  const placed = new GridIndex<{ x: number; r: number }>(24);
  return want.map((m) => {
    const step = 2 * m.r + 2;
    let best = m.x;
    let fewest = Infinity;
    for (const o of [0, step, -step, 2 * step, -2 * step, 3 * step, -3 * step]) {
      const x = m.x + o;
      if (x - m.r < x0 || x + m.r > x1) continue;
      let n = 0;
      placed.visit({ x1: x - m.r, x2: x + m.r, y1: m.y - m.r, y2: m.y + m.r }, 1, () => { n++; return n >= fewest; });
      if (n < fewest) { fewest = n; best = x; }
      if (n === 0) break;
    }
    placed.add({ x1: best - m.r, x2: best + m.r, y1: m.y - m.r, y2: m.y + m.r }, { x: best, r: m.r });
    return best;
  });
}

/**
 * Where a panel goes: `w` units wide from `x0`, its heading at `yTop`. Panels set side by side
 * share `plotTop` and `domainMax`, so their axes line up.
 */
interface Frame { x0: number; w: number; yTop: number; plotTop?: number; domainMax?: number }

function layoutPanel(ctx: Ctx, measure: (typeof TIME_MEASURES)[number], cs: Classified[], years: [number, number], frame: Frame, scale: { step: number; px: number }): { panel: Panel; bottom: number; plotTop: number } {
  const texts: TextLine[] = [];
  let y = frame.yTop;
  for (const l of wrapSpans([{ text: PANEL_TITLES[measure], cls: 'strong' }], frame.w - 2, S)) { texts.push(line(frame.x0, y + S * 0.8, l)); y += LH; }
  const plotX0 = frame.x0;
  const plotX1 = frame.x0 + frame.w - 1; // one unit in, so right-aligned text cannot overshoot the artboard
  const nYears = years[1] - years[0] + 1;
  const colW = (plotX1 - plotX0) / nYears;
  const xOf = (year: number) => plotX0 + colW * (year - years[0] + 0.5);

  // definition changes: a dashed rule between the two years, labelled in a strip above the plot
  const series = new Map<string, Classified[]>();
  for (const c of cs) { const list = series.get(c.series); if (list) list.push(c); else series.set(c.series, [c]); }
  const breakXs = [...series.values()].flatMap((sc) => definitionBreaks(sc).map((b) => (xOf(b.before.rec.year) + xOf(b.after.rec.year)) / 2)).sort((a, b) => a - b);
  const wording = ['New definition', 'Redefined'].find((t) => breakXs.every((x, i) => x + 4 + textWidth(t, S) + 6 <= (breakXs[i + 1] ?? plotX1 + 6))) ?? 'Redefined';
  const rows: number[] = [];
  const stripItems = breakXs.map((x) => {
    let row = 0;
    while ((rows[row] ?? -Infinity) > x) row++;
    rows[row] = x + 4 + textWidth(wording, S) + 6;
    return { x, row };
  });
  const stripTop = y + 2;
  const stripRows = stripItems.length ? Math.max(...stripItems.map((s) => s.row)) + 1 : 0;
  const stripBaseline = (row: number) => Math.max(frame.plotTop ?? 0, stripTop + stripRows * LH + 2) - (stripRows - row) * LH + S * 0.8 - 2;
  for (const s of stripItems) texts.push(line(round(s.x + 4), round(stripBaseline(s.row)), [{ text: wording, cls: 'muted' }]));
  const plotTop = Math.max(frame.plotTop ?? 0, stripTop + stripRows * LH + 2);
  const ownTop = stripTop + stripRows * LH + 2;

  const max = Math.max(...cs.map(magnitude));
  const domainMax = frame.domainMax ?? Math.ceil(max / (scale.step / 2)) * (scale.step / 2);
  const headroom = S + 6 + OPEN_END_UP_ROOM;
  const base = plotTop + headroom + domainMax * scale.px;
  const yOf = scaleLinear().domain([0, domainMax]).range([base, plotTop + headroom]);
  const breaks = stripItems.map((s) => ({ x: round(s.x), y1: round(stripBaseline(s.row) - S * 0.8 + 2), y2: round(base) }));

  const grid: number[] = [];
  const gridLabels: TextLine[] = [];
  for (let v = 0; v <= domainMax + 1e-9; v += scale.step) {
    grid.push(round(yOf(v)));
    gridLabels.push(line(plotX0, round(yOf(v) - 4), [{ text: fmtInt(v), cls: 'muted' }]));
  }
  texts.push(...gridLabels);
  const yearEvery = colW * 0.85 >= textWidth('2020', S) + 4 ? 1 : 2;
  for (let yr = years[1]; yr >= years[0]; yr -= yearEvery) {
    const half = textWidth(String(yr), S) / 2;
    const [x, anchor] = xOf(yr) + half > plotX1 ? [plotX1, 'end' as const] : xOf(yr) - half < plotX0 ? [plotX0, 'start' as const] : [xOf(yr), 'middle' as const];
    texts.push(line(round(x), round(base + S + 5), [{ text: String(yr), cls: yr === years[1] ? 'strong' : 'muted' }], anchor));
  }
  texts.sort((a, b) => a.y - b.y || a.x - b.x);

  // markers: the hero first, then the other publishers in key order; a revised figure is not drawn
  const drawn = cs.filter((c) => c.state !== 'superseded').sort((a, b) =>
    Number(b.series === ctx.hero) - Number(a.series === ctx.hero) || ctx.publishers.indexOf(a.publisherKey) - ctx.publishers.indexOf(b.publisherKey) || a.rec.year - b.rec.year || a.rec.id.localeCompare(b.rec.id));
  const want = drawn.map((c) => ({ x: xOf(c.rec.year), y: yOf(magnitude(c)), r: ctx.r(c.series === ctx.hero) }));
  const xs = dodge(want, plotX0, plotX1);
  const marks: Mark[] = drawn.map((c, i) => {
    const hero = c.series === ctx.hero;
    const shape: Shape = hero ? 'circle' : ctx.shape(c.publisherKey);
    const [x, my, r] = [round(xs[i]), round(want[i].y), want[i].r];
    const open = c.rec.qualifier === 'at-least' || c.rec.qualifier === 'more-than';
    return {
      id: c.rec.id, x, y: my, r, shape, path: shape === 'circle' ? undefined : symbolPath(shape, x, my, r),
      tone: hero || (c.state === 'partial' && ctx.hero?.startsWith(`${c.publisherKey}|`)) ? 'series-a' : 'muted',
      hero, state: c.state, open: open ? openEndUpPath(x, my, r) : undefined,
      value: magnitude(c), len: round(base - my), labels: [], tip: tipFor(c, ctx.data),
    };
  });
  const markOf = new Map(marks.map((m) => [m.id, m]));

  const lines: Panel['lines'] = [];
  const segs: Seg[] = [];
  for (const [sr, sc] of series) {
    for (const run of segments(sc)) {
      if (run.length < 2) continue;
      const pts = run.map((c): [number, number] => [markOf.get(c.rec.id)!.x, markOf.get(c.rec.id)!.y]);
      const hero = sr === ctx.hero;
      lines.push({ series: sr, tone: hero ? 'series-a' : 'muted', hero, d: `M${pts.map(([a, b]) => `${a},${b}`).join('L')}` });
      for (let i = 1; i < pts.length; i++) segs.push([pts[i - 1], pts[i]]);
    }
  }

  const byId = new Map(cs.map((c) => [c.rec.id, c]));
  labelMarks(marks, byId, ctx.hero, {
    bounds: { x1: plotX0, y1: plotTop, x2: plotX1, y2: base - 2 },
    obstacles: {
      boxes: [...marks.map((m) => ({ x1: m.x - m.r - 1, x2: m.x + m.r + 1, y1: m.y - m.r - 1 - (m.open ? OPEN_END_UP_ROOM : 0), y2: m.y + m.r + 1 })), ...gridLabels.map(lineBox)],
      segments: segs,
      soft: breaks.map((b): Seg => [[b.x, plotTop], [b.x, base]]),
    },
  });

  // revised figures, as first given, under the axis: "Figures later revised, as first given: CRSS 7,655 (2014), …"
  let bottom = base + S + 10;
  const note = revisionNote(cs.filter((c) => c.state === 'superseded'), ctx.publishers, frame.x0, frame.w, bottom + 8, ctx.data);
  texts.push(...note.texts);
  if (note.earlier.length || note.texts.length) bottom = note.bottom;
  return {
    panel: { measure, plot: { x1: plotX0, x2: plotX1, y1: plotTop, y2: round(base) }, grid, breaks, lines, marks, earlier: note.earlier, texts },
    bottom,
    plotTop: ownTop,
  };
}

/**
 * The artboard `W` units wide; `tallest` is the height of the tallest panel's plot. `columns`
 * sets the panels side by side (the full-width desktop artboard), widths in proportion to `columns`.
 */
export function layout(W: number, data: ContentData, tallest: number, columns?: number[]): Geometry {
  const { time, latestYear } = selectRecords(data);
  const publishers = publisherOrder(time);
  const narrow = W < 600;
  const hero = heroSeries(time)?.series;
  const heroPublisher = hero?.split('|')[0];
  // listed figures carry no marker: shapes go to the publishers plotted
  const plotted = time.filter((c) => !LISTED_MEASURES.includes(c.rec.measure));
  const others = publishers.filter((pk) => pk !== heroPublisher && plotted.some((c) => c.publisherKey === pk));
  const ctx: Ctx = {
    W, narrow, data, publishers, hero,
    shape: (pk) => SHAPES[Math.max(0, others.indexOf(pk)) % SHAPES.length],
    r: (hero) => (hero ? 4.5 : 4),
  };
  // 3 units down: a text line's box in the browser rises about 0.97 em above its baseline
  const key = layoutKey({ ...ctx, publishers: publishers.filter((pk) => plotted.some((c) => c.publisherKey === pk)) }, plotted, 3);
  const years: [number, number] = [Math.min(...time.map((c) => c.rec.year)), latestYear];
  // one vertical scale for every plotted panel, with gridlines far enough apart for their labels
  const globalMax = Math.max(...(plotted.length ? plotted : time).map(magnitude));
  let step = tickStep(0, globalMax, 4);
  const topOf = (st: number) => Math.ceil(globalMax / (st / 2)) * (st / 2);
  while ((step * tallest) / topOf(step) < S * 1.8) step *= 2;
  const scale = { step, px: tallest / topOf(step) };
  let y = key.bottom + 16;
  const panels: Panel[] = [];
  const drawn = TIME_MEASURES.map((measure) => ({ measure, cs: time.filter((c) => c.rec.measure === measure) })).filter((d) => d.cs.length);
  if (columns && drawn.length > 1) {
    const gap = 36;
    const total = columns.slice(0, drawn.length).reduce((a, b) => a + b, 0);
    let x = 0;
    const frames = drawn.map((_, i) => {
      const w = i === drawn.length - 1 ? W - x : Math.round(((W - gap * (drawn.length - 1)) * columns[i]) / total);
      const f = { x0: x, w, yTop: y, domainMax: topOf(step) };
      x += w + gap;
      return f;
    });
    // first pass for where each plot would start; then all start at the lowest
    const listed = (d: (typeof drawn)[number]) => LISTED_MEASURES.includes(d.measure);
    const plotTop = Math.max(...drawn.map((d, i) => (listed(d) ? 0 : layoutPanel(ctx, d.measure, d.cs, years, frames[i], scale).plotTop)));
    let bottom = y;
    drawn.forEach((d, i) => {
      const r = listed(d) ? layoutListed(ctx, d.measure, d.cs, frames[i]) : layoutPanel(ctx, d.measure, d.cs, years, { ...frames[i], plotTop }, scale);
      panels.push(r.panel);
      bottom = Math.max(bottom, r.bottom);
    });
    y = bottom + 18;
  } else {
    for (const d of drawn) {
      const frame = { x0: 0, w: W, yTop: y };
      const r = LISTED_MEASURES.includes(d.measure) ? layoutListed(ctx, d.measure, d.cs, frame) : layoutPanel(ctx, d.measure, d.cs, years, frame, scale);
      panels.push(r.panel);
      y = r.bottom + 18;
    }
  }
  return { narrow, width: W, height: Math.ceil(y - 12), key: key.items, texts: key.texts, panels };
}

/** Every text line of an artboard: key, panels, labels and revised figures. */
export const allText = (g: Geometry): TextLine[] => [
  ...g.texts,
  ...g.panels.flatMap((p) => [...p.texts, ...p.marks.flatMap((m) => m.labels), ...p.earlier.flatMap((e) => e.lines), ...(p.figures ?? []).flatMap((e) => e.lines)]),
];
/** Every record shown, as a marker or as a revised figure under the axis. */
export const allMarks = (g: Geometry): { id: string; tip: Tip; state?: State }[] => g.panels.flatMap((p) => [...p.marks, ...(p.figures ?? []), ...p.earlier]);
