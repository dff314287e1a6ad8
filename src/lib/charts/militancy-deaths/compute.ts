/**
 * militancy-deaths: deaths from militant violence in Pakistan per year, as each publisher counts
 * them. One panel per measure (attacks and security operations; attacks only), sharing the year
 * axis and the vertical scale; one series per publisher within a panel, never merged. A revised
 * figure is kept and drawn hollow beside the figure that replaced it; a part-year figure is drawn
 * apart from the full-year line; a line breaks where the publisher's definition changes. The
 * latest year gets a panel of its own listing each publisher's figure with what it counts.
 */
import { scaleLinear } from 'd3-scale';
import { tickStep } from 'd3-array';
import { formatQuantity, formatNumber } from '../../data/quantity.ts';
import { formatDate } from '../../data/asOf.ts';
import { actorName, sourcesOf } from '../sources.ts';
import { LAYOUTS, type ChartModel, type ContentData, type Layout } from '../types.ts';
import {
  type Box, type Part, type PlacedLabel, type TextLine, type LabelRequest, type Obstacles,
  makeLine, placeLabels, textWidth, lineText, segmentHitsBox,
} from './labels.ts';
import {
  type Classified, type Measure, type State, TIME_MEASURES, COMPONENT_MEASURES, MEASURE_PHRASES, PANEL_TITLES, NEWS_MEDIA,
  selectRecords, segments, definitionBreaks, definitionPeriods, reportedBy,
} from './series.ts';

export type Shape = 'circle' | 'triangle' | 'square' | 'diamond' | 'cross';
/** Marker shape per publisher, in publisher order, so series differ by shape as well as colour. */
export const SHAPES: Shape[] = ['circle', 'triangle', 'square', 'diamond', 'cross'];

/** What a tooltip script would show; the chart prints the value without it. */
export interface Tip { title: string; value: string; meta: string; quote: string; source: string; aria: string }

/** One record drawn once: its marker, and the text lines that print its value. */
export interface Mark {
  id: string;
  x: number;
  y: number;
  shape: Shape;
  /** Colour class: the publisher's position in the key. */
  tone: string;
  state: State;
  /** SVG path of the marker. */
  path: string;
  labels: TextLine[];
  leader?: [number, number, number, number];
  tip: Tip;
}

export interface TimePanel {
  measure: Measure;
  heading: TextLine;
  plot: Box;
  grid: { y: number; label: TextLine }[];
  years: TextLine[];
  /** The latest year's column, whose figures are labelled in the comparison panel. */
  band: Box;
  bandLabel: TextLine;
  lines: { series: string; tone: string; d: string }[];
  /** Where a publisher changed what it counts: a dashed rule and a short label. */
  breaks: { x: number; y0: number; y1: number; label: TextLine }[];
  marks: Mark[];
  /** Lines under the axis printing the figures later revised (drawn hollow in the plot). */
  revisionNote: TextLine[];
}

export interface CompareRow {
  /** Lines above the stem: the publisher and what it counts, or what a sub-row shows. */
  text: TextLine[];
  stem?: { x0: number; x1: number; y: number; tone: string; state: State };
  marks: Mark[];
}

export interface ComparePanel {
  heading: TextLine[];
  rows: CompareRow[];
}

export interface KeyItem { path: string; shape: Shape; tone: string; state: State; label: TextLine }

export interface Geometry {
  narrow: boolean;
  /** Font size of chart labels on this artboard (matches the CSS for `chart-label`). */
  fontSize: number;
  markerR: number;
  key: KeyItem[];
  panels: TimePanel[];
  compare: ComparePanel;
  /** Where the comparison starts when it is drawn under the series as its own SVG (phones). */
  split?: number;
}

/** Every text line drawn on an artboard, for collision and bounds checks. */
export function allText(g: Geometry): TextLine[] {
  return [
    ...g.key.map((k) => k.label),
    ...g.panels.flatMap((p) => [p.heading, p.bandLabel, ...p.grid.map((t) => t.label), ...p.years, ...p.breaks.map((b) => b.label), ...p.revisionNote, ...p.marks.flatMap((m) => m.labels)]),
    ...g.compare.heading,
    ...g.compare.rows.flatMap((r) => [...r.text, ...r.marks.flatMap((m) => m.labels)]),
  ];
}

/** Every mark drawn, in the year-by-year panels and in the comparison panel. */
export const allMarks = (g: Geometry): Mark[] => [...g.panels.flatMap((p) => p.marks), ...g.compare.rows.flatMap((r) => r.marks)];

export function markerPath(shape: Shape, x: number, y: number, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case 'circle': return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${f(2 * r)},0a${r},${r} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': { const s = r * 0.9; return `M${f(x - s)},${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`; }
    case 'diamond': { const s = r * 1.25; return `M${f(x)},${f(y - s)}L${f(x + s)},${f(y)}L${f(x)},${f(y + s)}L${f(x - s)},${f(y)}Z`; }
    case 'triangle': { const s = r * 1.2; return `M${f(x)},${f(y - s)}L${f(x + s)},${f(y + s * 0.8)}L${f(x - s)},${f(y + s * 0.8)}Z`; }
    case 'cross': { const s = r * 0.85; return `M${f(x - s)},${f(y - s)}L${f(x + s)},${f(y + s)}M${f(x + s)},${f(y - s)}L${f(x - s)},${f(y + s)}`; }
  }
}

const phrase = (m: Measure) => MEASURE_PHRASES[m] ?? m;
const valueText = (c: Classified) => formatQuantity(c.rec.value, c.rec.qualifier);
const magnitude = (c: Classified) => (Array.isArray(c.rec.value) ? c.rec.value[1] : c.rec.value);
const throughText = (iso: string) => `1 January to ${formatDate(iso).replace(/ \d{4}$/, '')}`;
const yearText = (c: Classified) => (c.rec.through ? `${c.rec.year} (${throughText(c.rec.through)} only)` : String(c.rec.year));

function statusText(c: Classified): string {
  if (c.state === 'superseded' && c.revisedBy) return `Revised: replaced by ${formatQuantity(c.revisedBy.value, c.revisedBy.qualifier)}`;
  if (c.state === 'partial' && c.rec.through) return `Part of the year: ${throughText(c.rec.through)}`;
  return 'Latest figure';
}

function tipFor(c: Classified, data: ContentData): Tip {
  const src = data.sources.find((s) => s.id === c.rec.source.id);
  const source = src ? `${src.publisher}, ${formatDate(src.date)}` : c.rec.source.id;
  const what = phrase(c.rec.measure);
  const quote = c.rec.quoteTranslation ? `${c.rec.quote} (${c.rec.quoteTranslation})` : c.rec.quote;
  const meta = [yearText(c), c.rec.edition, c.state === 'current' ? undefined : statusText(c)].filter(Boolean).join('; ');
  const aria = `${c.name}, ${yearText(c)}: ${valueText(c)} ${COMPONENT_MEASURES.includes(c.rec.measure as never) ? `${what} killed` : what}. ${c.state === 'current' ? '' : `${statusText(c)}. `}${c.rec.edition ? `${c.rec.edition}. ` : ''}Source: ${source}.`;
  return { title: `${c.name}: ${what}`, value: valueText(c), meta, quote, source, aria };
}

/** Publishers in key order: the most records first, a news organisation's own figures last. */
function publisherOrder(cs: Classified[]): string[] {
  const count = new Map<string, number>();
  for (const c of cs) count.set(c.publisherKey, (count.get(c.publisherKey) ?? 0) + 1);
  return [...count.keys()].sort((a, b) =>
    Number(a.startsWith(NEWS_MEDIA)) - Number(b.startsWith(NEWS_MEDIA)) || count.get(b)! - count.get(a)! || a.localeCompare(b));
}

interface Params { width: number; size: number; r: number; timeCol: { x: number; w: number }; compare: { x: number; w: number; below: boolean }; tallestPlot: number; gutter: number }

const PARAMS: Record<Layout, Params> = {
  narrow: { width: LAYOUTS.narrow, size: 15, r: 4.5, timeCol: { x: 0, w: LAYOUTS.narrow }, compare: { x: 0, w: LAYOUTS.narrow, below: true }, tallestPlot: 288, gutter: 0 },
  wide: { width: LAYOUTS.wide, size: 13.5, r: 4.5, timeCol: { x: 0, w: 440 }, compare: { x: 476, w: LAYOUTS.wide - 476, below: false }, tallestPlot: 272, gutter: 0 },
};

/** Splits words into lines no wider than `w`. */
function wrap(text: string, w: number, size: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= w) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface Ctx {
  data: ContentData;
  p: Params;
  tone: (pk: string) => string;
  shape: (pk: string) => Shape;
  /** Publishers in key order. */
  publishers: string[];
  latestYear: number;
}

const ctxOrder = (ctx: Ctx, c: Classified) => ctx.publishers.indexOf(c.publisherKey);

function layoutKey(ctx: Ctx, publishers: { key: string; name: string }[], y0: number): { items: KeyItem[]; bottom: number } {
  const { p } = ctx;
  const lh = p.size * 1.45;
  const items: KeyItem[] = [];
  let x = 0;
  let y = y0 + p.size;
  const entries: { shape: Shape; tone: string; state: State; text: string }[] = [
    ...publishers.map((pb) => ({ shape: ctx.shape(pb.key), tone: ctx.tone(pb.key), state: 'current' as State, text: pb.name })),
    { shape: 'circle', tone: 'neutral', state: 'superseded', text: 'earlier figure, since revised' },
    { shape: 'circle', tone: 'neutral', state: 'partial', text: 'part of the year only' },
  ];
  for (const e of entries) {
    const w = p.r * 2 + 5 + textWidth(e.text, p.size);
    if (x > 0 && x + w > p.width) { x = 0; y += lh; }
    const cy = y - p.size * 0.32;
    items.push({
      shape: e.shape, tone: e.tone, state: e.state,
      path: markerPath(e.shape, x + p.r, cy, p.r),
      label: makeLine(x + p.r * 2 + 5, y, 'start', [{ text: e.text, cls: 'plain' }], p.size),
    });
    x += w + 14;
  }
  return { items, bottom: y + p.size * 0.5 };
}

function layoutTimePanel(ctx: Ctx, measure: (typeof TIME_MEASURES)[number], cs: Classified[], years: [number, number], yTop: number, scale: { step: number; pxPerDeath: number }): { panel: TimePanel; bottom: number } {
  const { p, latestYear } = ctx;
  const size = p.size;
  const lh = size * 1.25;
  const heading = makeLine(p.timeCol.x, yTop + size, 'start', [{ text: PANEL_TITLES[measure], cls: 'strong' }], size);
  const max = Math.max(...cs.map(magnitude));
  const { step, pxPerDeath } = scale;
  const domainMax = Math.ceil(max / (step / 2)) * (step / 2);
  const plotX0 = p.timeCol.x + p.gutter;
  const plotX1 = p.timeCol.x + p.timeCol.w - 1; // one unit in, so right-aligned text cannot overshoot the artboard
  const nYears = years[1] - years[0] + 1;
  const colW = (plotX1 - plotX0) / nYears;
  const xOf = (year: number) => plotX0 + colW * (year - years[0] + 0.5);

  // strip above the plot for the band label and the definition-break labels, in as many rows as needed
  const bySeries = new Map<string, Classified[]>();
  for (const c of cs) bySeries.set(c.series, [...(bySeries.get(c.series) ?? []), c]);
  const breakXs = [...bySeries.values()].flatMap((sc) => definitionBreaks(sc).map((b) => (xOf(b.before.rec.year) + xOf(b.after.rec.year)) / 2)).sort((a, b) => a - b);
  const bandX0 = xOf(latestYear) - colW / 2;
  const bandText = ctx.p.compare.below ? `${latestYear}: see below` : `${latestYear}: see right`;
  // one wording for every break: the fullest under which all labels fit in one row beside the band label
  const bandTexts = ctx.p.compare.below ? [`${latestYear}: see below`, 'See below'] : [`${latestYear}: see right`, 'See right'];
  type StripItem = { x: number; anchor: 'start' | 'end'; text: string };
  const fitsOneRow = (items: StripItem[]) => {
    const boxes = items.map((it) => { const w = textWidth(it.text, size); const x0 = it.anchor === 'start' ? it.x : it.x - w; return { x0, x1: x0 + w }; });
    return boxes.every((b, i) => b.x0 >= p.timeCol.x && b.x1 <= plotX1 && boxes.every((o, j) => j === i || o.x1 + 6 <= b.x0 || b.x1 + 6 <= o.x0));
  };
  let stripItems: StripItem[] = [];
  search: for (const bt of bandTexts) {
    for (const wording of ['New definition', 'Redefined']) {
      stripItems = [...breakXs.map((x) => ({ x: x + 4, anchor: 'start' as const, text: wording })), { x: plotX1, anchor: 'end', text: bt }];
      if (fitsOneRow(stripItems)) break search;
    }
  }
  // if even the shortest wording does not fit in one row, each label that collides drops to the next row
  const stripPlaced: { item: StripItem; text: string; row: number }[] = [];
  const rowsUsed: { x0: number; x1: number }[][] = [];
  for (const item of stripItems) {
    const w = textWidth(item.text, size);
    const x0 = item.anchor === 'start' ? item.x : item.x - w;
    let row = 0;
    while ((rowsUsed[row] ?? []).some((b) => b.x0 < x0 + w + 6 && x0 < b.x1 + 6)) row++;
    (rowsUsed[row] ??= []).push({ x0, x1: x0 + w });
    stripPlaced.push({ item, text: item.text, row });
  }
  const stripRows = Math.max(1, ...stripPlaced.map((s) => s.row + 1));
  const stripTop = yTop + size * 1.25 + 2;
  const plotTop = stripTop + stripRows * lh + 2;
  const headroom = size + 6; // room for the top gridline's label and for labels of the highest figures
  const plotH = domainMax * pxPerDeath;
  const base = plotTop + headroom + plotH;
  const y = scaleLinear().domain([0, domainMax]).range([base, plotTop + headroom]);
  const stripLine = (s: (typeof stripPlaced)[number]) => makeLine(s.item.x, stripTop + size + s.row * lh, s.item.anchor, [{ text: s.text, cls: 'muted' }], size);
  const bandPlaced = stripPlaced.find((s) => s.item.anchor === 'end')!;
  const breaks = stripPlaced.filter((s) => s.item.anchor === 'start').map((s) => ({ x: s.item.x - 4, y0: stripTop + s.row * lh + 2, y1: base, label: stripLine(s) }));

  const grid: TimePanel['grid'] = [];
  for (let v = 0; v <= domainMax + 1e-9; v += step) {
    grid.push({ y: y(v), label: makeLine(p.timeCol.x, y(v) - 4, 'start', [{ text: formatNumber(v), cls: 'muted' }], size) });
  }
  const yearEvery = colW * 0.8 >= textWidth('2020', size) + 4 ? 1 : 2;
  const yearLabels: TextLine[] = [];
  for (let yr = years[0]; yr <= years[1]; yr++) {
    if ((years[1] - yr) % yearEvery !== 0) continue;
    const half = textWidth(String(yr), size) / 2;
    const [x, anchor] = xOf(yr) + half > plotX1 ? [plotX1, 'end' as const] : xOf(yr) - half < p.timeCol.x ? [p.timeCol.x, 'start' as const] : [xOf(yr), 'middle' as const];
    yearLabels.push(makeLine(x, base + size + 5, anchor, [{ text: String(yr), cls: yr === latestYear ? 'strong' : 'muted' }], size));
  }

  // markers of the figures that stand (and part-year ones) first; the lines join the standing ones
  const dodge = p.r * 2 + 1;
  const marks: Mark[] = [];
  const markOf = new Map<string, Mark>();
  const addMark = (c: Classified, mx: number) => {
    const my = y(magnitude(c));
    const shape = ctx.shape(c.publisherKey);
    const m: Mark = { id: c.rec.id, x: mx, y: my, shape, tone: ctx.tone(c.publisherKey), state: c.state, path: markerPath(shape, mx, my, p.r), labels: [], tip: tipFor(c, ctx.data) };
    marks.push(m);
    markOf.set(c.rec.id, m);
  };
  for (const c of cs) if (c.state !== 'superseded') addMark(c, xOf(c.rec.year));

  const lines: TimePanel['lines'] = [];
  const segs: Obstacles['segments'] = [];
  for (const [series, sc] of bySeries) {
    for (const run of segments(sc)) {
      if (run.length < 2) continue;
      const pts = run.map((c) => [markOf.get(c.rec.id)!.x, markOf.get(c.rec.id)!.y] as [number, number]);
      lines.push({ series, tone: ctx.tone(run[0].publisherKey), d: `M${pts.map(([a, b]) => `${a.toFixed(2)},${b.toFixed(2)}`).join('L')}` });
      for (let i = 1; i < pts.length; i++) segs.push([pts[i - 1], pts[i]]);
    }
  }

  // a revised figure sits beside the one that replaced it, on whichever side is clear of lines and markers
  for (const c of cs.filter((o) => o.state === 'superseded')) {
    const cx = xOf(c.rec.year);
    const cy = y(magnitude(c));
    const clearance = (mx: number) => {
      if (mx - p.r < plotX0 || mx + p.r > plotX1) return -1;
      const box = { x0: mx - p.r - 2, x1: mx + p.r + 2, y0: cy - p.r - 2, y1: cy + p.r + 2 };
      const hits = segs.filter(([s0, s1]) => segmentHitsBox(s0, s1, box)).length + marks.filter((m) => Math.abs(m.x - mx) < 2 * p.r + 1 && Math.abs(m.y - cy) < 2 * p.r + 1).length;
      return 10 - hits;
    };
    const [right, left] = [clearance(cx + dodge), clearance(cx - dodge)];
    addMark(c, left >= right ? cx - dodge : cx + dodge);
  }

  // value labels for every year but the latest (whose figures are printed in the comparison panel);
  // a revised figure is printed under the figure that replaced it
  const labelled = [...cs]
    .sort((a, b) => a.rec.year - b.rec.year || magnitude(b) - magnitude(a))
    .filter((c) => c.rec.year !== latestYear && c.state !== 'superseded');
  const requestsWith = (nameAt: Map<string, string>): LabelRequest[] => labelled.flatMap((c) => {
    const m = markOf.get(c.rec.id)!;
    const value: Part = { text: valueText(c), cls: c.state === 'superseded' ? 'value-earlier' : 'value' };
    const rest: LabelRequest['alts'][number] = [];
    if (c.state === 'partial' && c.rec.through) rest.push({ parts: [{ text: `to ${formatDate(c.rec.through).replace(/ \d{4}$/, '')}`, cls: 'muted' }], recordId: c.rec.id });
    const lead: Part[] = c.state === 'superseded' ? [{ text: 'was ', cls: 'muted' }, value] : [value];
    const alts: LabelRequest['alts'] = [];
    if (nameAt.get(c.series) === c.rec.id) alts.push([{ parts: [...lead, { text: ` ${c.name}`, cls: 'muted' }], recordId: c.rec.id }, ...rest]);
    alts.push([{ parts: lead, recordId: c.rec.id }, ...rest]);
    return [{ key: c.rec.id, x: m.x, y: m.y, r: p.r, alts }];
  });
  const band: Box = { x0: bandX0, x1: Math.min(plotX1, bandX0 + colW), y0: plotTop, y1: base };
  const obstacles: Obstacles = {
    boxes: [...marks.map((m) => ({ x0: m.x - p.r - 1, x1: m.x + p.r + 1, y0: m.y - p.r - 1, y1: m.y + p.r + 1 })), ...grid.map((t) => t.label.box)],
    segments: segs,
    soft: breaks.map((b) => [[b.x, plotTop], [b.x, base]] as [[number, number], [number, number]]),
  };
  // each series is named once, beside the first of its figures where the name fits (the key names it too)
  const bounds = { x0: plotX0, y0: plotTop, x1: plotX1, y1: base - 2 };
  const candidatesFor = new Map<string, string[]>();
  for (const c of labelled) if (c.state !== 'superseded') candidatesFor.set(c.series, [...(candidatesFor.get(c.series) ?? []), c.rec.id]);
  const nameAt = new Map([...candidatesFor].map(([sr, ids]) => [sr, ids[0]]));
  let placed: PlacedLabel[] = [];
  for (let round = 0; round < 16; round++) {
    placed = placeLabels(requestsWith(nameAt), bounds, obstacles, size);
    let moved = false;
    for (const [sr, id] of nameAt) {
      const pl = placed.find((x) => x.key === id)!;
      if (pl.lines[0].parts.length > 1) continue; // named
      const ids = candidatesFor.get(sr)!;
      const next = ids[ids.indexOf(id) + 1];
      if (next) { nameAt.set(sr, next); moved = true; } else nameAt.delete(sr);
    }
    if (!moved) break;
  }
  for (const pl of placed) {
    for (const line of pl.lines) markOf.get(line.recordId!)!.labels.push(line);
    if (pl.leader) markOf.get(pl.key)!.leader = pl.leader;
  }

  // revised figures are printed under the axis rather than beside their hollow markers, where
  // they would crowd the standing figures they differ from by a few deaths:
  // "Figures later revised, as first given: CRSS 7,655 (2014), 4,612 (2015); PICSS 1,969 (2024)"
  const revised = cs.filter((c) => c.state === 'superseded').sort((a, b) => ctxOrder(ctx, a) - ctxOrder(ctx, b) || a.rec.year - b.rec.year);
  let bottom = base + size + 10;
  const revisionNote: TextLine[] = [];
  if (revised.length) {
    const tokens: Part[][] = [[{ text: 'Figures later revised, as first given:', cls: 'muted' }]];
    revised.forEach((c, i) => {
      const newPublisher = i === 0 || revised[i - 1].publisherKey !== c.publisherKey;
      const last = i === revised.length - 1 || revised[i + 1].publisherKey !== c.publisherKey;
      if (newPublisher) tokens.push([{ text: c.name, cls: 'muted' }]);
      tokens.push([
        { text: valueText(c), cls: 'value-earlier' },
        { text: ` (${c.rec.year})${i === revised.length - 1 ? '' : last ? ';' : ','}`, cls: 'muted' },
      ]);
    });
    // words flow into as many lines as the width needs; each line is one text element
    const lines: Part[][] = [[]];
    for (const t of tokens) {
      const cur = lines.at(-1)!;
      const joined = cur.length ? [...cur, { text: ' ', cls: 'plain' } as Part, ...t] : t;
      if (cur.length && textWidth(lineText(joined), size) > plotX1 - p.timeCol.x) lines.push([...t]);
      else lines[lines.length - 1] = joined;
    }
    let ly = base + size * 2 + 14;
    for (const [i, parts] of lines.entries()) {
      ly = base + size * 2 + 14 + i * size * 1.3;
      revisionNote.push(makeLine(p.timeCol.x, ly, 'start', parts, size));
    }
    bottom = ly + 10;
  }

  const bandLabel = stripLine(bandPlaced);
  return {
    panel: { measure, heading, plot: { x0: plotX0, x1: plotX1, y0: plotTop, y1: base }, grid, years: yearLabels, band, bandLabel, lines, breaks, marks, revisionNote },
    bottom,
  };
}

function layoutCompare(ctx: Ctx, totals: Classified[], components: Classified[], publishers: string[], x0: number, yTop: number): { panel: ComparePanel; bottom: number } {
  const { p, latestYear } = ctx;
  const size = p.size;
  const lh = size * 1.3;
  const w = p.compare.w;
  const heading = wrap(`${latestYear}: each figure and what it counts`, w, size).map((t, i) => makeLine(x0, yTop + size + i * lh, 'start', [{ text: t, cls: 'strong' }], size));
  let yy = yTop + heading.length * lh + 8;

  // one row per figure: the publisher's standing totals, then its revised and part-year figures, then its breakdown
  type RowSpec = { text?: Part[][]; recs: Classified[]; tone: string; state: State; gapBefore?: number };
  const specs: RowSpec[] = [];
  for (const pk of publishers) {
    const mine = totals.filter((c) => c.publisherKey === pk);
    if (!mine.length) continue;
    for (const measure of TIME_MEASURES) {
      const ofMeasure = mine.filter((c) => c.rec.measure === measure);
      if (!ofMeasure.length) continue;
      const standingRecs = ofMeasure.filter((c) => c.state === 'current');
      const name = ofMeasure[0].name;
      const what = phrase(measure) + (pk.startsWith(NEWS_MEDIA) ? '; names no source' : '');
      const lines = wrap(`${name}: ${what}`, w, size);
      // the publisher's name in strong type, what it counts in muted type
      const text: Part[][] = lines.map((l, i) => (i === 0 ? [{ text: `${name}:`, cls: 'strong' }, { text: l.slice(name.length + 1), cls: 'muted' }] : [{ text: l, cls: 'muted' }]));
      specs.push({ text, recs: standingRecs, tone: ctx.tone(pk), state: 'current' });
      for (const c of ofMeasure.filter((o) => o.state === 'superseded')) specs.push({ text: [[{ text: 'first given as', cls: 'muted' }]], recs: [c], tone: ctx.tone(pk), state: 'superseded' });
      for (const c of ofMeasure.filter((o) => o.state === 'partial')) specs.push({ text: [[{ text: `${throughText(c.rec.through!)} only`, cls: 'muted' }]], recs: [c], tone: ctx.tone(pk), state: 'partial' });
    }
    const comps = components.filter((c) => c.publisherKey === pk);
    let first = true;
    for (const measure of COMPONENT_MEASURES) {
      const recs = comps.filter((c) => c.rec.measure === measure).sort((a, b) => magnitude(a) - magnitude(b));
      if (!recs.length) continue;
      const label = `${first ? 'of whom: ' : ''}${phrase(measure)}`;
      first = false;
      specs.push({ text: wrap(label, w, size).map((t) => [{ text: t, cls: 'muted' }]), recs, tone: ctx.tone(pk), state: 'current', gapBefore: label.startsWith('of whom') ? 6 : 0 });
    }
  }

  // value labels: "at least 3,387"; where two outlets report one publisher differently, each is named
  const labelParts = (spec: RowSpec, c: Classified): Part[] => {
    const parts: Part[] = [{ text: valueText(c), cls: c.state === 'superseded' ? 'value-earlier' : 'value' }];
    const by = reportedBy(c.rec);
    if (spec.recs.length > 1 && by) parts.push({ text: ` (${by})`, cls: 'muted' });
    return parts;
  };
  const gap = p.r + 5;
  const vmax = Math.max(...specs.flatMap((s) => s.recs.map(magnitude)));
  const right = x0 + w;
  // the widest stem that leaves room for every row's labels at the right
  let stemW = w - 2 * p.r;
  for (const s of specs) {
    const v = Math.max(...s.recs.map(magnitude));
    const labelW = s.recs.reduce((acc, c) => acc + textWidth(lineText(labelParts(s, c)), size) + 8, -8);
    stemW = Math.min(stemW, ((right - x0 - p.r - gap - labelW) * vmax) / v);
  }
  const xs = scaleLinear().domain([0, vmax]).range([x0 + p.r, x0 + p.r + stemW]);

  const rows: CompareRow[] = [];
  for (const [i, s] of specs.entries()) {
    if (i > 0 && s.text && s.state === 'current' && s.text[0][0].cls === 'strong') yy += 8; // space between publishers
    yy += s.gapBefore ?? 0;
    // a revised figure has no stem, so its words sit on the marker's line when they fit
    const inline = s.state === 'superseded' && s.text?.length === 1 && x0 + textWidth(lineText(s.text[0]), size) + 8 < xs(Math.min(...s.recs.map(magnitude))) - p.r;
    const text = (s.text ?? []).map((parts, j) => makeLine(x0, inline ? yy + p.r + 4 + size * 0.35 : yy + size + j * lh, 'start', parts, size));
    if (!inline) yy += (s.text?.length ?? 0) * lh;
    const sy = yy + p.r + 5;
    const marks: Mark[] = [];
    let lx = xs(Math.max(...s.recs.map(magnitude))) + gap;
    for (const c of s.recs) {
      const mx = xs(magnitude(c));
      const shape = ctx.shape(c.publisherKey);
      const parts = labelParts(s, c);
      const label = makeLine(lx, sy + size * 0.35, 'start', parts, size, c.rec.id);
      lx = label.box.x1 + 8;
      marks.push({ id: c.rec.id, x: mx, y: sy, shape, tone: ctx.tone(c.publisherKey), state: c.state, path: markerPath(shape, mx, sy, p.r), labels: [label], tip: tipFor(c, ctx.data) });
    }
    rows.push({ text, stem: s.recs.length && s.state !== 'superseded' ? { x0: x0 + p.r, x1: xs(Math.min(...s.recs.map(magnitude))), y: sy, tone: s.tone, state: s.state } : undefined, marks });
    yy = sy + p.r + 6;
  }
  return { panel: { heading, rows }, bottom: yy + 4 };
}

function layoutFor(layout: Layout, data: ContentData): Geometry & { width: number; height: number } {
  const p = PARAMS[layout];
  const { time, latestYear, components } = selectRecords(data);
  const publishers = publisherOrder(time);
  const ctx: Ctx = {
    data, p, latestYear, publishers,
    tone: (pk) => { const i = publishers.indexOf(pk); return i < 2 ? `p${i + 1}` : 'other'; },
    shape: (pk) => SHAPES[Math.max(0, publishers.indexOf(pk)) % SHAPES.length],
  };
  const names = publishers.map((pk) => ({ key: pk, name: time.find((c) => c.publisherKey === pk)!.name }));
  const key = layoutKey(ctx, names, 0);
  const years: [number, number] = [Math.min(...time.map((c) => c.rec.year)), latestYear];
  // one vertical scale for every panel: the tallest panel gets the set height, and gridlines
  // stay far enough apart for their labels
  const globalMax = Math.max(...time.map(magnitude));
  let step = tickStep(0, globalMax, 4);
  const topOf = (st: number) => Math.ceil(globalMax / (st / 2)) * (st / 2);
  while ((step * p.tallestPlot) / topOf(step) < p.size * 1.8) step *= 2;
  const scale = { step, pxPerDeath: p.tallestPlot / topOf(step) };
  let y = key.bottom + 14;
  const panels: TimePanel[] = [];
  for (const measure of TIME_MEASURES) {
    const cs = time.filter((c) => c.rec.measure === measure);
    if (!cs.length) continue;
    const { panel, bottom } = layoutTimePanel(ctx, measure, cs, years, y, scale);
    panels.push(panel);
    y = bottom + 14;
  }
  const latest = time.filter((c) => c.rec.year === latestYear);
  const cmp = p.compare.below
    ? layoutCompare(ctx, latest, components, publishers, p.compare.x, y + 6)
    : layoutCompare(ctx, latest, components, publishers, p.compare.x, key.bottom + 14);
  const height = Math.ceil(Math.max(y, cmp.bottom));
  // phones: the 2025 comparison is drawn as a second SVG (a view of its own) under the series
  const split = p.compare.below ? Math.floor(y - 4) : undefined;
  return { narrow: layout === 'narrow', fontSize: p.size, markerR: p.r, key: key.items, panels, compare: cmp.panel, width: p.width, height, split };
}

/** Every record the chart draws, in table order: panel by panel, publisher by publisher, year by year; then the latest year's breakdowns. */
export function plottedRecords(data: ContentData): Classified[] {
  const { time, components } = selectRecords(data);
  const publishers = publisherOrder(time);
  const order = (c: Classified) => [TIME_MEASURES.indexOf(c.rec.measure as never), publishers.indexOf(c.publisherKey), c.rec.year, ['current', 'superseded', 'partial'].indexOf(c.state)];
  const cmp = (a: Classified, b: Classified) => {
    const [ra, rb] = [order(a), order(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return a.rec.id.localeCompare(b.rec.id);
  };
  const compOrder = (c: Classified) => COMPONENT_MEASURES.indexOf(c.rec.measure as never);
  return [...[...time].sort(cmp), ...[...components].sort((a, b) => compOrder(a) - compOrder(b) || magnitude(a) - magnitude(b))];
}

const listText = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

function summaryOf(data: ContentData): string {
  const { time, latestYear } = selectRecords(data);
  const publishers = publisherOrder(time);
  const latest = time.filter((c) => c.rec.year === latestYear && c.state === 'current').sort((a, b) => publishers.indexOf(a.publisherKey) - publishers.indexOf(b.publisherKey));
  const clauses = latest.map((c, i) => {
    const earlier = time.find((o) => o.revisedBy?.id === c.rec.id && o.rec.year === c.rec.year);
    const news = c.publisherKey.startsWith(NEWS_MEDIA);
    const sameAsBefore = i > 0 && latest[i - 1].rec.measure === c.rec.measure && !news;
    const what = news ? `${phrase(c.rec.measure).replace(/ only$/, '')} without saying who counted them` : sameAsBefore ? 'on the same basis' : phrase(c.rec.measure);
    return `${c.name} ${news ? 'reported' : 'counted'} ${valueText(c)}${earlier ? ` (first given as ${valueText(earlier)})` : ''} ${what}`;
  });
  const first = `For ${latestYear}, ${clauses.length < 2 ? clauses.join('') : `${clauses.slice(0, -1).join('; ')}; and ${clauses.at(-1)}`}.`;
  // the longest series, on the definition it uses in the latest year: its low point and the latest figure
  const bySeries = new Map<string, Classified[]>();
  for (const c of time) bySeries.set(c.series, [...(bySeries.get(c.series) ?? []), c]);
  const longest = [...bySeries.values()].sort((a, b) => b.length - a.length)[0];
  const periods = definitionPeriods(longest);
  const current = periods.at(-1)!;
  const pts = longest.filter((c) => c.state === 'current' && c.rec.year >= current.from && c.rec.year <= current.to).sort((a, b) => a.rec.year - b.rec.year);
  let second = '';
  if (pts.length >= 3) {
    const low = pts.reduce((m, c) => (magnitude(c) < magnitude(m) ? c : m));
    const after = pts.filter((c) => c.rec.year >= low.rec.year);
    const rising = after.length > 2 && after.every((c, i) => i === 0 || magnitude(c) > magnitude(after[i - 1]));
    const name = longest[0].name;
    const since = periods.length > 1 ? `On the definition it has used since ${current.from}, ` : '';
    second = rising
      ? ` ${since}${name}’s count fell to ${valueText(low)} in ${low.rec.year} and has risen every year since.`
      : ` ${since}${name}’s count was lowest in ${low.rec.year}, at ${valueText(low)}.`;
  }
  return (first + second).replace(/\s+/g, ' ').trim();
}

function notesOf(data: ContentData): string[] {
  const { time, latestYear, components } = selectRecords(data);
  const notes = [
    'Each series is one publisher’s count of one thing. Counts are never added or averaged across publishers: each defines what it counts differently.',
  ];
  const bySeries = new Map<string, Classified[]>();
  for (const c of time) bySeries.set(c.series, [...(bySeries.get(c.series) ?? []), c]);
  for (const sc of bySeries.values()) {
    const periods = definitionPeriods(sc);
    if (periods.length < 2) continue;
    const range = (pr: (typeof periods)[number]) => (pr.from === pr.to ? String(pr.from) : `${pr.from}–${pr.to}`);
    notes.push(`${sc[0].name} changed its definition ${['', 'once', 'twice'][periods.length - 1] ?? `${periods.length - 1} times`}; the line breaks where it did. ${periods.map((pr) => `${range(pr)}: ${pr.definition.replace(/\.$/, '')}.`).join(' ')}`);
  }
  notes.push('A hollow marker is a figure its publisher later revised, drawn beside the figure that replaced it; a marker with a dashed outline covers part of the year only.');
  const split = COMPONENT_MEASURES.filter((m) => components.filter((c) => c.rec.measure === m).length > 1);
  if (split.length) {
    const outlets = ([...new Set(components.filter((c) => split.includes(c.rec.measure as never)).map((c) => reportedBy(c.rec)).filter(Boolean))] as string[]).sort();
    notes.push(`${listText(outlets)} report ${components[0].name}’s ${latestYear} breakdown slightly differently; both are shown.`);
  }
  const drawn = new Set(plottedRecords(data).map((c) => c.rec.id));
  const left = data.militancy.filter((r) => !drawn.has(r.id));
  const kinds: string[] = [];
  if (left.some((r) => r.measure === 'attacks')) kinds.push('counts of attacks rather than deaths');
  if (left.some((r) => r.measure === 'year-on-year-change-percent')) kinds.push('year-on-year percentage changes');
  if (left.some((r) => r.measure === 'regional-violence-deaths')) kinds.push('counts for one province');
  const groupLeft = left.filter((r) => (COMPONENT_MEASURES as readonly string[]).includes(r.measure));
  if (groupLeft.length) {
    const who = [...new Set(groupLeft.map((r) => r.publisher.id))].sort().map((id) => {
      const yrs = [...new Set(groupLeft.filter((r) => r.publisher.id === id).map((r) => r.year))].sort();
      return `${data.actors.find((a) => a.id === id)?.shortName ?? id} for ${listText(yrs.map(String))}`;
    });
    kinds.push(`counts of one group of victims (civilians, security personnel or militants) for years before ${latestYear}: ${listText(who)}`);
  }
  if (kinds.length) notes.push(`Not drawn: ${listText(kinds)}.`);
  return notes;
}

export function compute(data: ContentData): ChartModel<Geometry> {
  const plotted = plottedRecords(data);
  return {
    summary: summaryOf(data),
    layouts: { narrow: layoutFor('narrow', data), wide: layoutFor('wide', data) },
    table: {
      columns: ['Publisher', 'What is counted', 'Year', 'Deaths', 'Edition', 'Status', 'Source'],
      rows: plotted.map((c) => [c.name, c.rec.definition, yearText(c), valueText(c), c.rec.edition ?? '', statusText(c), c.rec.source.id]),
    },
    sources: sourcesOf(data, plotted.map((c) => c.rec.source.id)),
    originators: [...new Set(plotted.map((c) => actorName(data, c.rec.publisher.id)))],
    notes: notesOf(data),
  };
}
