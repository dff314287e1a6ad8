/**
 * force-balance: Pakistan against the Taliban. Categories where both sides have a figure are
 * compared as paired bars on that category's one scale (a source's "none" is a figure, zero, with
 * its quote); categories where only one side has a figure are a factbox; "no estimate" only where
 * no source gives one. The estimators (IISS, SIPRI) are the source line; the outlets that
 * reported them are the provenance.
 */
import { scaleLinear } from 'd3-scale';
import { formatQuantity } from '../../data/quantity.ts';
import { openEndRoom } from '../../viz/glyph.ts';
import { claimantTone, type Token } from '../../viz/palette.ts';
import { keep, spansWidth, textWidth, wrapSpans, type Span, type TextLine } from '../../viz/text.ts';
import { ARTBOARDS, TYPE, type Artboard } from '../../viz/type.ts';
import { actorName, sourceLabel, sourcesOf } from '../sources.ts';
import type { ChartModel, ContentData } from '../types.ts';

type Force = ContentData['forces'][number];

export const SIDES = ['pakistan-military', 'afghan-taliban-forces'] as const;
export type Side = (typeof SIDES)[number];
/** Short labels printed beside each bar, so the chart reads without colour. */
export const SIDE_LABELS: Record<Side, string> = { 'pakistan-military': 'Pakistan', 'afghan-taliban-forces': 'Taliban' };
export const CATEGORIES = [
  ['personnel-active', 'Active personnel'],
  ['combat-aircraft', 'Combat aircraft'],
  ['helicopters', 'Helicopters'],
  ['armoured-vehicles', 'Armoured fighting vehicles'],
  ['artillery', 'Artillery pieces'],
  ['nuclear-warheads', 'Nuclear warheads'],
] as const;

const magnitude = (f: Force) => (Array.isArray(f.value) ? f.value[1] : f.value);
const isOpen = (f: Force) => f.qualifier === 'more-than' || f.qualifier === 'at-least';

/** The estimate plotted for one side and category, or undefined when no source gives one. */
export function pickEstimate(forces: Force[], actor: string, category: string): Force | undefined {
  const rank = (f: Force) => [-f.asOf, f.qualifier === 'exact' ? 0 : 1, f.source.id.startsWith('report-') ? 0 : 1];
  return forces
    .filter((f) => f.actor.id === actor && f.category === category)
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
      return a.id.localeCompare(b.id);
    })[0];
}

export interface Bar {
  side: Side;
  tone: Token;
  category: string;
  value: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Length from zero on the category's scale (what the invariant tests compare). */
  len: number;
  open: boolean;
  /** A figure of zero: a hollow dot instead of a bar. */
  zero: boolean;
  record: { id: string; valueText: string; by: string; asOf: number; quote: string; sourceText: string };
  lines: TextLine[];
}

export interface ForceGeometry {
  narrow: boolean;
  width: number;
  height: number;
  texts: TextLine[];
  bars: Bar[];
  rules: { x1: number; x2: number; y: number }[];
}

interface Row { category: string; label: string; estimates: (Force | undefined)[] }

const S = TYPE.size;
const LH = TYPE.lh;
const BAR_H = 14;

const valueSpan = (f: Force): Span => ({ text: keep(f.value === 0 ? `none (“${f.quoteForm ?? '0'}”)` : formatQuantity(f.value, f.qualifier)), cls: 'value' });
/** Who estimated it and when: one unbreakable phrase where it fits, else it wraps by word. */
const byText = (f: Force, data: ContentData) => `${actorName(data, f.estimatedBy.id)} ${f.asOf}`;

function valueSpans(f: Force, data: ContentData): Span[] {
  return [valueSpan(f), { text: ` ${keep(byText(f, data))}`, cls: 'muted' }];
}

function layoutFor(a: Artboard, compared: Row[], single: Row[], data: ContentData): ForceGeometry {
  const W = ARTBOARDS[a];
  const narrow = a === 'narrow';
  const texts: TextLine[] = [];
  const bars: Bar[] = [];
  const rules: ForceGeometry['rules'] = [];
  let y = 3;
  const push = (spans: Span[], role?: string, size = S, x = 0, width = W) => {
    for (const l of wrapSpans(spans, width - 2, size)) {
      texts.push({ x, y: y + size * 0.8, size, spans: l, role });
      y += size === S ? LH : size * 1.25;
    }
  };
  const labelW = Math.max(...SIDES.map((s) => textWidth(SIDE_LABELS[s], S, 650))) + 10;
  const plotX = labelW;
  push([{ text: 'Where both sides have a figure', cls: 'strong' }], 'episode', TYPE.heading);
  y += 4;
  for (const row of compared) {
    y += 4;
    push([{ text: row.label, cls: 'strong' }], 'block');
    y += 2;
    // one scale for the pair: as long as every value label still fits after its bar
    const fs = row.estimates as Force[];
    const max = Math.max(...fs.map(magnitude), 1);
    // the estimator follows the value on the bar's line, or goes under the bar where keeping it
    // there would squeeze the bars below a third of the plot (long names on phones)
    const rangeFor = (label: (f: Force) => Span[]) => fs.reduce((range, f) => {
      const room = W - plotX - 6 - (isOpen(f) ? openEndRoom(BAR_H) : 0) - spansWidth(label(f), S);
      return magnitude(f) > 0 ? Math.min(range, (room * max) / magnitude(f)) : range;
    }, (W - plotX) * (narrow ? 0.62 : 0.55));
    const inline = rangeFor((f) => valueSpans(f, data)) >= (W - plotX) / 3;
    const range = inline ? rangeFor((f) => valueSpans(f, data)) : rangeFor((f) => [valueSpan(f)]);
    const x = scaleLinear().domain([0, max]).range([0, range]);
    SIDES.forEach((side, j) => {
      const f = fs[j];
      const v = magnitude(f);
      const len = x(v);
      const zero = v === 0;
      const labelX = plotX + (zero ? 12 : len) + (isOpen(f) ? openEndRoom(BAR_H) : 0) + 6;
      const mid = y + BAR_H / 2;
      const lines: TextLine[] = [
        { x: labelW - 8, y: mid + S * 0.35, size: S, anchor: 'end', spans: [{ text: SIDE_LABELS[side], cls: 'name', tone: claimantTone({ stance: 'party', country: side === 'pakistan-military' ? 'PK' : 'AF' }) }] },
        { x: labelX, y: mid + S * 0.35, size: S, spans: inline ? valueSpans(f, data) : [valueSpan(f)] },
      ];
      if (!inline) {
        wrapSpans([{ text: byText(f, data), cls: 'muted' }], W - plotX - 2, S).forEach((l, i) => {
          lines.push({ x: plotX, y: y + BAR_H + 2 + S * 0.8 + i * LH, size: S, spans: l });
        });
      }
      bars.push({
        side, tone: claimantTone({ stance: 'party', country: side === 'pakistan-military' ? 'PK' : 'AF' }), category: row.category, value: v,
        x: plotX, y, w: Math.max(zero ? 0 : 1, len), h: BAR_H, len, open: isOpen(f), zero,
        record: { id: f.id, valueText: formatQuantity(f.value, f.qualifier), by: actorName(data, f.estimatedBy.id), asOf: f.asOf, quote: f.quote, sourceText: sourceLabel(data, f.source.id) },
        lines,
      });
      y += BAR_H + 6 + (inline ? 0 : lines.length - 2) * LH;
    });
  }
  if (single.length) {
    y += 10;
    rules.push({ x1: 0, x2: W, y });
    y += 8;
    push([{ text: 'Where only one side has a figure', cls: 'strong' }], 'episode', TYPE.heading);
    for (const row of single) {
      y += 5;
      const spans: Span[] = [{ text: `${row.label}: `, cls: 'strong' }];
      SIDES.forEach((side, j) => {
        const f = row.estimates[j];
        if (j > 0) spans.push({ text: ' · ', cls: 'muted' });
        spans.push({ text: `${SIDE_LABELS[side]} `, cls: 'name', tone: claimantTone({ stance: 'party', country: side === 'pakistan-military' ? 'PK' : 'AF' }) });
        spans.push(...(f ? valueSpans(f, data) : [{ text: 'no estimate in the sources', cls: 'muted' as const }]));
      });
      push(spans);
    }
  }
  return { narrow, width: W, height: Math.ceil(y + 4), texts, bars, rules };
}

export function computeForceBalance(data: ContentData): ChartModel<ForceGeometry> {
  const rows: Row[] = CATEGORIES.map(([category, label]) => ({
    category, label, estimates: SIDES.map((side) => pickEstimate(data.forces, side, category)),
  })).filter((r) => r.estimates.some(Boolean));
  const compared = rows.filter((r) => r.estimates.every(Boolean));
  const single = rows.filter((r) => !r.estimates.every(Boolean));
  const plotted = rows.flatMap((r) => r.estimates.filter((f): f is Force => Boolean(f)));
  const [pk, af] = SIDES.map((s) => SIDE_LABELS[s]);
  const says = (f: Force) => (f.value === 0 ? 'none' : formatQuantity(f.value, f.qualifier));
  const pairs = compared.map((r) => `${says(r.estimates[0]!)} ${r.label.toLowerCase()} to ${says(r.estimates[1]!)}`);
  const larger = compared.every((r) => magnitude(r.estimates[0]!) > magnitude(r.estimates[1]!));
  const noTaliban = single.filter((r) => !r.estimates[1]).map((r) => r.label.toLowerCase());
  const estimators = [...new Set(plotted.map((f) => actorName(data, f.estimatedBy.id)))];
  const and = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
  const summary = [
    compared.length ? `${larger ? `${pk}’s forces are larger on every count where both sides have a figure` : `Where both sides have a figure`}: ${and(pairs)}, by the ${and(estimators)} estimates.` : '',
    noTaliban.length ? `No source gives a ${af} figure for ${and(noTaliban)}.` : '',
  ].filter(Boolean).join(' ');
  return {
    summary,
    layouts: { narrow: layoutFor('narrow', compared, single, data), wide: layoutFor('wide', compared, single, data) },
    table: {
      columns: ['Category', 'Side', 'Estimate', 'Estimated by', 'Year', 'Source'],
      rows: rows.flatMap((r) => SIDES.map((side, j) => {
        const f = r.estimates[j];
        return f
          ? [r.label, actorName(data, side), f.value === 0 ? `none (“${f.quoteForm ?? '0'}”)` : formatQuantity(f.value, f.qualifier), actorName(data, f.estimatedBy.id), String(f.asOf), f.source.id]
          : [r.label, actorName(data, side), 'No estimate in the sources', '', '', ''];
      })),
      records: rows.flatMap((r) => r.estimates.map((f) => (f ? { collection: 'forces' as const, id: f.id } : undefined))),
      linkColumn: 2,
    },
    sources: sourcesOf(data, plotted.map((f) => f.source.id)),
    originators: estimators,
    notes: [
      'Each pair of bars shares one scale, so the bars compare the two sides within a category; categories are not compared with one another.',
      'A source’s statement that the Taliban have none of something is drawn as zero, with its words; “no estimate in the sources” means no source gives a figure. The condition of the Taliban’s aircraft is unknown.',
    ],
  };
}
