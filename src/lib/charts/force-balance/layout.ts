/**
 * The two views of an artboard. The lead view: one pair of bars per category where both sides
 * have a figure, each pair on its own scale and every pair drawn to the same full length (so no
 * bar is longer only because its label is shorter), with the kit's open-ended glyph and zero mark
 * explained in a key. The factbox: categories where only one side has a figure, as lines of text.
 * On the wide artboard a category's name (and its pair's one estimator) sits in a column left of
 * the pair, so the lead view is short enough to print under the text that introduces it.
 */
import { scaleLinear } from 'd3-scale';
import { OPEN_END_TEXT, ZERO_TEXT, openEndRoom } from '../../viz/glyph.ts';
import type { Token } from '../../viz/palette.ts';
import { spansWidth, textWidth, wrapSpans, type Span, type TextLine } from '../../viz/text.ts';
import { ARTBOARDS, TYPE, type Artboard } from '../../viz/type.ts';
import { actorName, sourceLabel } from '../sources.ts';
import type { ContentData } from '../types.ts';
import { SIDES, SIDE_LABELS, isOpen, magnitude, sideTone, type Force, type Row, type Side } from './select.ts';
import { byText, factboxHeading, factboxNone, factboxText, sharedBy, valueSpan, valueText } from './text.ts';

const S = TYPE.size;
const LH = TYPE.lh;
/** As casualty claims' bars: one bar height in the kit's bar charts. */
export const BAR_H = 11;
/** Between the two bars of a pair, and between pairs. */
const BAR_GAP = 6;
const PAIR_GAP = 12;
/** Between a bar's end (or its glyph) and its label. */
const LABEL_GAP = 6;

export interface Bar {
  side: Side;
  tone: Token;
  category: string;
  /** The category as the chart names it ("Active personnel"), for screen readers. */
  categoryLabel: string;
  value: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Length from zero on the pair's scale (what the invariant tests compare). */
  len: number;
  open: boolean;
  /** A figure of zero: the kit's zero mark (a tick at the scale's start) instead of a bar. */
  zero: boolean;
  record: { id: string; valueText: string; by: string; asOf: number; quote: string; sourceText: string };
  lines: TextLine[];
}

/** A swatch of the key: the open-ended glyph on a short bar, or the zero mark; (x, y) its top left. */
export interface KeyMark { kind: 'open' | 'zero'; x: number; y: number; w: number; h: number }

/** The second view: where only one side has a figure. */
export interface Factbox { width: number; height: number; texts: TextLine[]; rules: { x1: number; x2: number; y: number }[]; /** its text alternative */ label: string }

export interface ForceGeometry {
  narrow: boolean;
  width: number;
  height: number;
  texts: TextLine[];
  bars: Bar[];
  rules: { x1: number; x2: number; y: number }[];
  key: KeyMark[];
  factbox: Factbox;
}

/** Stacks wrapped lines of text from the running `y` (kept by the caller). */
function stacker(texts: TextLine[]) {
  return (y: number, spans: Span[], x: number, width: number, role?: string, size = S): number => {
    for (const l of wrapSpans(spans, width - 2, size)) {
      texts.push({ x, y: y + size * 0.8, size, spans: l, role });
      y += size === S ? LH : size * 1.25;
    }
    return y;
  };
}

/** The key: one swatch and its words per glyph the view draws, flowing onto a new line where needed. */
function keyOf(kinds: KeyMark['kind'][], W: number, y: number, texts: TextLine[], x0 = 0): { key: KeyMark[]; y: number } {
  const key: KeyMark[] = [];
  let [kx, ky] = [x0, y];
  for (const kind of kinds) {
    const words = kind === 'open' ? OPEN_END_TEXT : ZERO_TEXT;
    const sw = kind === 'open' ? 22 : 6;
    const w = sw + 5 + textWidth(words, S);
    if (kx > 0 && kx + w > W) { kx = 0; ky += LH; }
    key.push({ kind, x: kind === 'open' ? kx : kx + 3, y: ky + 2, w: sw, h: BAR_H - 1 });
    texts.push({ x: kx + sw + 5, y: ky + S * 0.8 + 1, size: S, spans: [{ text: words, cls: 'muted' }] });
    kx += w + 16;
  }
  return { key, y: kinds.length ? ky + LH + 4 : y };
}

/** The record a bar's tooltip and aria label show. */
const recordOf = (f: Force, data: ContentData): Bar['record'] => ({
  id: f.id, valueText: valueText(f), by: actorName(data, f.estimatedBy.id), asOf: f.asOf, quote: f.quote, sourceText: sourceLabel(data, f.source.id),
});

export function layoutLead(a: Artboard, compared: Row[], data: ContentData): Omit<ForceGeometry, 'factbox'> {
  const W = ARTBOARDS[a];
  const narrow = a === 'narrow';
  const texts: TextLine[] = [];
  const bars: Bar[] = [];
  const rules: ForceGeometry['rules'] = [];
  const push = stacker(texts);
  const pairs = compared.map((r) => {
    // (a compared row has both sides' figures)
    const fs = r.estimates.filter((f): f is Force => Boolean(f));
    return { row: r, fs, shared: sharedBy(fs, data) };
  });

  const heading = 'Where both sides have a figure';
  let y = push(3, [{ text: heading, cls: 'strong' }], 0, W, 'episode', TYPE.heading) + 2;
  const kinds: KeyMark['kind'][] = [];
  if (pairs.some((p) => p.fs.some(isOpen))) kinds.push('open');
  if (pairs.some((p) => p.fs.some((f) => magnitude(f) === 0))) kinds.push('zero');
  // the key on the heading's line where it fits there whole, else under it
  const trial = keyOf(kinds, W, 3, [], textWidth(heading, TYPE.heading, 650) + 24);
  const k = trial.y === 3 + LH + 4 ? keyOf(kinds, W, 3, texts, textWidth(heading, TYPE.heading, 650) + 24) : keyOf(kinds, W, y, texts);
  y = Math.max(y, k.y) + 2;

  // columns: (wide) the category and its pair's estimator, the side's name, then the bars
  const catW = narrow ? 0 : Math.min(210, Math.max(...pairs.flatMap((p) => [textWidth(p.row.label, S, 650), p.shared ? textWidth(p.shared, S) : 0])) + 16);
  const sideW = Math.max(...SIDES.map((s) => textWidth(SIDE_LABELS[s], S, 650))) + 10;
  const plotX = catW + sideW;
  const plotW = W - plotX;
  const labelOf = (f: Force, shared?: string): Span[] => (shared ? [valueSpan(f)] : [valueSpan(f), { text: ` ${byText(f, data)}`, cls: 'muted' }]);

  // the one full length every pair is drawn to: as long as every number's label still fits after
  // its bar, with its estimator where that leaves the bars at least 45% of the plot
  const fullFor = (label: (f: Force, shared?: string) => Span[]) => Math.min(plotW * (narrow ? 0.62 : 0.6), ...pairs.flatMap((p) => {
    const max = Math.max(...p.fs.map(magnitude));
    return p.fs.filter((f) => magnitude(f) > 0).map((f) => {
      const room = W - 2 - plotX - (isOpen(f) ? openEndRoom(BAR_H) : 0) - LABEL_GAP - spansWidth(label(f, p.shared), S);
      return (room * max) / magnitude(f);
    });
  }));
  const withBy = fullFor(labelOf);
  const full = Math.max(24, withBy >= plotW * 0.45 ? withBy : fullFor((f) => [valueSpan(f)]));

  pairs.forEach(({ row, fs, shared }, i) => {
    // a hairline between pairs: each is its own scale, not rows of one
    if (i > 0) rules.push({ x1: 0, x2: W, y: Math.round(y - PAIR_GAP / 2) + 0.5 });
    const top = y;
    let colBottom = y;
    if (narrow) {
      y = push(y, [{ text: row.label, cls: 'strong' }, ...(shared ? [{ text: ` ${shared}`, cls: 'muted' as const }] : [])], 0, W, 'block') + 2;
    } else {
      // baseline level with the first bar's label
      const first = y + BAR_H / 2 + S * 0.35 - S * 0.8;
      colBottom = push(push(first, [{ text: row.label, cls: 'strong' }], 0, catW - 10, 'block'), shared ? [{ text: shared.replace(/\u00a0/g, ' '), cls: 'muted' }] : [], 0, catW - 10);
    }
    const max = Math.max(...fs.map(magnitude), 1);
    const x = scaleLinear().domain([0, max]).range([0, full]);
    SIDES.forEach((side, j) => {
      const f = fs[j];
      const v = magnitude(f);
      const len = x(v);
      const zero = v === 0;
      const labelX = plotX + (zero ? LABEL_GAP : len + (isOpen(f) ? openEndRoom(BAR_H) : 0) + LABEL_GAP);
      const baseline = y + BAR_H / 2 + S * 0.35;
      const lines: TextLine[] = [
        { x: plotX - 8, y: baseline, size: S, anchor: 'end', spans: [{ text: SIDE_LABELS[side], cls: 'name', tone: sideTone(side) }] },
      ];
      const label = labelOf(f, shared);
      let extra = 0;
      if (spansWidth(label, S) <= W - 2 - labelX) {
        lines.push({ x: labelX, y: baseline, size: S, spans: label });
      } else if (zero) {
        // a none's words wrap beside the zero mark
        wrapSpans(label, W - 2 - labelX, S).forEach((l, i) => lines.push({ x: labelX, y: baseline + i * LH, size: S, spans: l }));
        extra = (lines.length - 2) * LH;
      } else {
        // the number after its bar, its estimator under the bar
        lines.push({ x: labelX, y: baseline, size: S, spans: [label[0]] });
        wrapSpans(label.slice(1).map((s) => ({ ...s, text: s.text.trimStart() })), W - 2 - plotX, S).forEach((l, i) => {
          lines.push({ x: plotX, y: y + BAR_H + 2 + S * 0.8 + i * LH, size: S, spans: l });
        });
        extra = (lines.length - 2) * LH;
      }
      bars.push({
        side, tone: sideTone(side), category: row.category, categoryLabel: row.label, value: v,
        x: plotX, y, w: zero ? 0 : Math.max(1, len), h: BAR_H, len, open: isOpen(f), zero, record: recordOf(f, data), lines,
      });
      y += BAR_H + BAR_GAP + extra;
    });
    y = Math.max(y, colBottom + 2, top) + PAIR_GAP - BAR_GAP;
  });
  return { narrow, width: W, height: Math.ceil(y - PAIR_GAP + BAR_GAP + 2), texts, bars, rules, key: k.key };
}

/**
 * The factbox: categories where only one side has a figure, grouped by that side under a heading
 * that says no source gives the other side's (the data table has a row for each).
 */
export function layoutFactbox(a: Artboard, single: Row[], data: ContentData): Factbox {
  const W = ARTBOARDS[a];
  const narrow = a === 'narrow';
  const texts: TextLine[] = [];
  const push = stacker(texts);
  const rules: Factbox['rules'] = [];
  const label = factboxText(single, data);
  if (!single.length) return { width: W, height: 0, texts, rules, label };
  let y = 1;
  rules.push({ x1: 0, x2: W, y: 0.5 });
  y += 9;
  const catW = Math.min(260, Math.max(...single.map((r) => textWidth(r.label, S, 650))) + 16);
  SIDES.forEach((side, j) => {
    const rows = single.filter((r) => r.estimates[j]);
    if (!rows.length) return;
    const other = SIDES[1 - j];
    const [before, after] = factboxHeading(side).split(SIDE_LABELS[side]);
    y = push(y, [{ text: before, cls: 'strong' }, { text: SIDE_LABELS[side], cls: 'name', tone: sideTone(side) }, { text: after, cls: 'strong' }], 0, W, 'episode', TYPE.heading);
    y = push(y, [{ text: factboxNone(other), cls: 'muted' }], 0, W) + 4;
    for (const r of rows) {
      const f = r.estimates[j]!;
      const figure: Span[] = [valueSpan(f), { text: ` ${byText(f, data)}`, cls: 'muted' }];
      if (narrow) {
        y = push(y, [{ text: `${r.label}: `, cls: 'strong' }, ...figure], 0, W) + 3;
      } else {
        const end = push(y, [{ text: r.label, cls: 'strong' }], 0, catW - 10);
        y = Math.max(end, push(y, figure, catW, W - catW)) + 3;
      }
    }
    y += 6;
  });
  return { width: W, height: Math.ceil(y - 6), texts, rules, label };
}
