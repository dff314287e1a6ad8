/**
 * returnee-flows geometry for one artboard: the lead series as one line per origin over time
 * (a running total from the series' start date), the repatriation plan's milestones numbered on
 * the time axis, and under it the other publishers' figures as number boxes, each saying what it
 * counts. Labels are placed with the kit and never overlap.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { formatDate } from '../../data/asOf.ts';
import { formatQuantity } from '../../data/quantity.ts';
import { spread } from '../../viz/box.ts';
import { fmtTick, monthYear, periodText, shortDate } from '../../viz/format.ts';
import type { Token } from '../../viz/palette.ts';
import { keep, textWidth, wrapSpans, type Span, type TextLine } from '../../viz/text.ts';
import { TYPE } from '../../viz/type.ts';
import { actorName } from '../sources.ts';
import type { ContentData } from '../types.ts';
import { ORIGINS, type Lead, type Origin } from './lead.ts';
import { formatPeriod } from './period.ts';
import { SERIES_STYLE, type Milestone, type Returnee } from './select.ts';

export const ORIGIN_TONE: Record<Origin | 'PK+IR', Token> = { PK: 'series-a', IR: 'series-b', 'PK+IR': 'series-c' };
export const ORIGIN_NAME: Record<Origin | 'PK+IR', string> = { PK: 'Pakistan', IR: 'Iran', 'PK+IR': 'Pakistan and Iran together' };

export interface Point {
  id: string;
  origin: Origin;
  x: number;
  y: number;
  /** Height above the axis: the value on the one scale. */
  len: number;
  value: number;
  open: boolean;
  tip: { title: string; value: string; meta: string; quote: string; source: string };
  aria: string;
}

export interface Geometry {
  narrow: boolean;
  width: number;
  height: number;
  texts: TextLine[];
  grid: { x1: number; x2: number; y: number }[];
  axis: { x1: number; x2: number; y: number };
  ticks: { x: number; y1: number; y2: number }[];
  milestones: { n: number; x: number; y1: number; y2: number; badge: { x: number; y: number; r: number; text: TextLine } }[];
  lines: { origin: Origin; tone: Token; d: string }[];
  points: (Point & { tone: Token })[];
  /** Key badges beside the milestone texts under the axis. */
  keyBadges: { n: number; x: number; y: number; r: number; text: TextLine }[];
  rules: { x1: number; x2: number; y: number }[];
  /** The number boxes, drawn as their own SVG under the lead. */
  boxes: { width: number; height: number; texts: TextLine[] };
}

const S = TYPE.size;
const LH = TYPE.lh;
const open = (r: Returnee) => r.qualifier === 'more-than' || r.qualifier === 'at-least';
const top = (r: Returnee) => (Array.isArray(r.value) ? r.value[1] : r.value);

export function layout(
  W: number, data: ContentData, lead: Lead | undefined, milestones: Milestone[], boxes: Returnee[],
): Geometry {
  const narrow = W < 600;
  const texts: TextLine[] = [];
  const g: Geometry = {
    narrow, width: W, height: 0, texts, grid: [], axis: { x1: 0, x2: 0, y: 0 }, ticks: [], milestones: [], lines: [], points: [], keyBadges: [], rules: [],
    boxes: { width: W, height: 0, texts: [] },
  };
  let y = 3;
  const push = (spans: Span[], x = 0, width = W, role?: string, size = S) => {
    for (const l of wrapSpans(spans, width - 2, size)) {
      texts.push({ x, y: y + size * 0.8, size, spans: l, role });
      y += size === S ? LH : size * 1.25;
    }
  };

  if (lead) {
    push([{ text: `Returns since ${formatDate(lead.start)}, as ${publishers(data, lead)} counted them`, cls: 'strong' }], 0, W, 'episode', TYPE.heading);
    y += 4;
    // the key: each origin's latest figure, in its colour
    for (const o of ORIGINS) {
      const r = lead.points[o].at(-1)!;
      push([{ text: `● From ${ORIGIN_NAME[o]}: `, cls: 'name', tone: ORIGIN_TONE[o] }, { text: keep(formatQuantity(r.value, r.qualifier)), cls: 'value' }, { text: ` ${keep(`to ${shortDate(r.period.end!)}`)}`, cls: 'muted' }]);
    }
    y += 4;
    const all = [...lead.points.PK, ...lead.points.IR];
    const end = all.map((r) => r.period.end!).sort().at(-1)!;
    const yearEnd = `${lead.start.slice(0, 4)}-12-31`;
    const domainEnd = end > yearEnd ? end : yearEnd;
    const plotTop = y + 6;
    const plotH = narrow ? 210 : 250;
    const plotBottom = plotTop + plotH;
    const yMax = Math.max(...all.map(top));
    const ys = scaleLinear().domain([0, yMax]).nice(4).range([plotBottom, plotTop]);
    const left = Math.max(...ys.ticks(4).map((t) => textWidth(fmtTick(t), S))) + 8;
    const x = scaleUtc().domain([new Date(lead.start), new Date(domainEnd)]).range([left, W - 6]);
    for (const t of ys.ticks(4)) {
      g.grid.push({ x1: left, x2: W, y: ys(t) });
      texts.push({ x: left - 6, y: ys(t) + S * 0.35, size: S, spans: [{ text: fmtTick(t), cls: 'muted' }], anchor: 'end' });
    }
    g.axis = { x1: left, x2: W, y: plotBottom };
    // month ticks: quarters on phones, every other month wider
    for (const d of x.ticks(narrow ? 4 : 6)) {
      const tx = x(d);
      g.ticks.push({ x: tx, y1: plotBottom, y2: plotBottom + 4 });
      const label = monthYear(d.toISOString().slice(0, 10)).slice(0, 3);
      const w = textWidth(label, S);
      texts.push({ x: Math.min(Math.max(tx, left + w / 2), W - w / 2 - 1), y: plotBottom + 6 + S, size: S, spans: [{ text: label, cls: 'muted' }], anchor: 'middle' });
    }
    // milestones inside the axis range: a rule and a numbered badge under the axis
    const inRange = milestones.filter((m) => m.date >= lead.start && m.date <= domainEnd);
    const badgeY = plotBottom + 6 + S + 14;
    const bx = spread(inRange.map((m) => x(new Date(m.date)) - 9), inRange.map(() => 18), left - 9, W - 18, 3);
    inRange.forEach((m, i) => {
      const mx = x(new Date(m.date));
      g.milestones.push({
        n: i + 1, x: mx, y1: plotTop - 4, y2: plotBottom,
        badge: { x: bx[i] + 9, y: badgeY, r: 9, text: { x: bx[i] + 9, y: badgeY + S * 0.35, size: S, spans: [{ text: String(i + 1), cls: 'strong' }], anchor: 'middle' } },
      });
    });
    // lines and points, one per origin
    for (const o of ORIGINS) {
      const pts = lead.points[o];
      const tone = ORIGIN_TONE[o];
      const xy = pts.map((r) => [x(new Date(r.period.end!)), ys(top(r))] as const);
      g.lines.push({ origin: o, tone, d: `M${[[x(new Date(lead.start)), plotBottom], ...xy].map(([a, b]) => `${r1(a)},${r1(b)}`).join('L')}` });
      pts.forEach((r, i) => g.points.push({ ...pointOf(data, r, o, xy[i][0], xy[i][1], plotBottom), tone }));
    }
    // direct labels: the origin's name just above-left of its last point
    for (const o of ORIGINS) {
      const r = lead.points[o].at(-1)!;
      const [px, py] = [x(new Date(r.period.end!)), ys(top(r))];
      texts.push({ x: px - 8, y: py - 8, size: S, anchor: 'end', spans: [{ text: ORIGIN_NAME[o], cls: 'name', tone: ORIGIN_TONE[o] }] });
    }
    y = badgeY + 9 + 10;
    // the milestone key, then earlier milestones of the plan in words
    inRange.forEach((m, i) => {
      const kx = 9;
      const lines = wrapSpans([{ text: `${keep(shortDate(m.date))}: `, cls: 'strong' }, { text: m.title, cls: 'muted' }], W - 24, S);
      g.keyBadges.push({ n: i + 1, x: kx, y: y + 8, r: 9, text: { x: kx, y: y + 8 + S * 0.35, size: S, spans: [{ text: String(i + 1), cls: 'strong' }], anchor: 'middle' } });
      lines.forEach((l) => { texts.push({ x: 24, y: y + S * 0.8 + 1, size: S, spans: l }); y += LH; });
      y += 3;
    });
    const before = milestones.filter((m) => m.date < lead.start);
    if (before.length) {
      push([{ text: 'Earlier: ', cls: 'strong' }, { text: before.map((m) => `${keep(`${shortDate(m.date)} ${m.date.slice(0, 4)}`)}: ${m.title}`).join('; '), cls: 'muted' }]);
    }
  }
  g.height = Math.ceil(y + 2);

  // number boxes: every other publisher's latest count of each kind, by origin (their own SVG)
  const boxTexts: TextLine[] = [];
  g.texts = boxTexts;
  const leadTexts = texts;
  y = 3;
  const push2 = (spans: Span[], x = 0, width = W, role?: string, size = S) => {
    for (const l of wrapSpans(spans, width - 2, size)) {
      boxTexts.push({ x, y: y + size * 0.8, size, spans: l, role });
      y += size === S ? LH : size * 1.25;
    }
  };
  push2([{ text: 'Other counts: each measures something different, and none is added to another', cls: 'strong' }], 0, W, 'episode', TYPE.heading);
  y += 4;
  const cols = narrow ? 2 : 3;
  const gap = 14;
  const bw = (W - gap * (cols - 1)) / cols;
  for (const origin of ['PK', 'IR', 'PK+IR'] as const) {
    const mine = boxes.filter((b) => b.origin === origin);
    if (!mine.length) continue;
    y += 6;
    push2([{ text: `From ${ORIGIN_NAME[origin]}`, cls: 'name', tone: ORIGIN_TONE[origin] }]);
    y += 2;
    for (let i = 0; i < mine.length; i += cols) {
      const row = mine.slice(i, i + cols);
      let rowH = 0;
      row.forEach((r, j) => {
        const bx = j * (bw + gap);
        let by = y;
        for (const l of wrapSpans([{ text: formatQuantity(r.value, r.qualifier), cls: 'value' }], bw - 2, S)) {
          boxTexts.push({ x: bx, y: by + S * 0.8, size: S, spans: l, role: 'figure' });
          by += LH;
        }
        for (const l of wrapSpans([{ text: `${actorName(data, r.publisher.id)}: ${whatItCounts(r)}`, cls: 'muted' }], bw - 2, S)) {
          boxTexts.push({ x: bx, y: by + S * 0.8, size: S, spans: l });
          by += LH;
        }
        rowH = Math.max(rowH, by - y);
      });
      y += rowH + 8;
    }
  }
  g.texts = leadTexts;
  g.boxes = { width: W, height: Math.ceil(y + 2), texts: boxTexts };
  return g;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function publishers(data: ContentData, lead: Lead): string {
  const names = [...new Set([...lead.points.PK, ...lead.points.IR].map((r) => actorName(data, r.publisher.id)))].sort();
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "returns of undocumented Afghans, 1 Jan – 5 Jul 2025". */
export function whatItCounts(r: Returnee): string {
  const what = r.measure === 'inflows' ? 'border crossings into Afghanistan' : SERIES_STYLE[r.series].label.replace(/^[^:]+: /, '');
  return `${what}, ${periodText(r.period.start, r.period.end!)}`;
}

function pointOf(data: ContentData, r: Returnee, o: Origin, px: number, py: number, base: number): Point {
  const value = formatQuantity(r.value, r.qualifier);
  const src = data.sources.find((s) => s.id === r.source.id)!;
  const period = formatPeriod(r.period.start, r.period.end!);
  return {
    id: r.id, origin: o, x: px, y: py, len: base - py, value: top(r), open: open(r),
    tip: { title: `From ${ORIGIN_NAME[o]}`, value, meta: `${actorName(data, r.publisher.id)} · ${period}`, quote: r.quote, source: `${src.publisher}, ${formatDate(src.date)}` },
    aria: `From ${ORIGIN_NAME[o]}: ${value} returns ${period}, according to ${actorName(data, r.publisher.id)}. Source: ${src.publisher}, ${formatDate(src.date)}.`,
  };
}
