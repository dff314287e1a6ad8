/**
 * returnee-flows: Afghans returning from Pakistan and from Iran, 2023–2026, one panel per origin
 * (figures for both countries together in a panel of their own, never added to the others).
 *
 * Every figure is drawn over the period it covers: a line from the first to the last day counted,
 * at the height of the number counted in that whole period, ending in a marker whose shape (and
 * the line's dash) says which published series it belongs to. Nothing is summed, stacked or
 * joined across records: each mark is exactly one record. Pakistan's (and, when the events list
 * has them, Iran's) policy milestones are numbered vertical rules, explained in a key.
 */
import { scaleLinear } from 'd3-scale';
import { countWord, formatDate } from '../../data/asOf.ts';
import { formatQuantity } from '../../data/quantity.ts';
import type { ReturneeSeries } from '../../../schemas/returnees.ts';
import { actorName, sourcesOf } from '../sources.ts';
import { LAYOUTS, type ChartModel, type ContentData, type Layout } from '../types.ts';
import { overlaps, placeLabels, placeWidth, type Box, type LabelRequest, type Placement } from './labels.ts';
import { dayMs, endMs, formatPeriod, periodPhrase } from './period.ts';

export type Returnee = ContentData['returnees'][number];
type EventRecord = ContentData['events'][number];
type Series = (typeof ReturneeSeries)['options'][number];
export type Origin = Returnee['origin'];

/** First day a figure may start on to be drawn: the chart is about 2023–2026. */
export const RANGE_START = '2023-01-01';
/** What is drawn: counts of people coming back. Deportations (a part of returns), arrests, projections and populations are not. */
export const PLOTTED_MEASURES: readonly Returnee['measure'][] = ['returns', 'inflows'];

export const PANELS: { origin: Origin; heading: string; subheading?: string; country: string; hosts: string[] }[] = [
  { origin: 'PK', heading: 'From Pakistan', country: 'Pakistan', hosts: ['pakistan-government'] },
  { origin: 'IR', heading: 'From Iran', country: 'Iran', hosts: ['iran'] },
  {
    origin: 'PK+IR', heading: 'From Pakistan and Iran together',
    subheading: 'Reported as one figure; not the sum of the panels above', country: 'both countries',
    hosts: ['pakistan-government', 'iran'],
  },
];

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'ring' | 'cross';

/** One look per series: a dash pattern and a marker shape (colour only repeats what these say). */
export const SERIES_STYLE: Record<Series, { label: string; dash: string; marker: MarkerShape }> = {
  'unhcr-returns': { label: 'UNHCR and OCHA: returns', dash: '', marker: 'circle' },
  'iom-undocumented-returns': { label: 'IOM: returns of undocumented Afghans', dash: '7 3', marker: 'triangle' },
  'iom-flow-monitoring': { label: 'IOM: border crossings into Afghanistan', dash: '2 3', marker: 'square' },
  'government-count': { label: 'Host government’s own count', dash: '10 3 2 3', marker: 'diamond' },
  ifrc: { label: 'IFRC: compiled figures', dash: '12 4', marker: 'ring' },
  'media-tally': { label: 'News reports: own totals', dash: '4 2 1 2', marker: 'cross' },
  'unhcr-projection': { label: 'UNHCR: projections', dash: '1 4', marker: 'ring' },
  'host-population': { label: 'Afghans living in the country', dash: '1 4', marker: 'square' },
};

/** What each series counts, for the notes under the chart. */
const SERIES_METHOD: Partial<Record<Series, string>> = {
  'unhcr-returns': 'UNHCR and OCHA count people returning to Afghanistan, deportees included',
  'iom-undocumented-returns': 'IOM’s returnee counts cover Afghans without papers',
  'iom-flow-monitoring': 'IOM’s flow monitoring counts border crossings, so people who cross more than once are counted each time',
  'government-count': 'a government’s own count is the tally of a party to the policy it reports on',
  ifrc: 'the IFRC compiles figures from IOM and other partners without stating its definition, and its total for Iran is far above UNHCR’s',
  'media-tally': 'a news organisation’s own total is not attributed to any agency',
};

/** Measures that are not drawn, as the notes name them. */
const MEASURE_NOT_SHOWN: [Returnee['measure'], string][] = [
  ['deportations', 'deportations'],
  ['forced-returns', 'forced returns'],
  ['assisted-returns', 'UNHCR-assisted returns'],
  ['outflows', 'departures'],
  ['arrests', 'arrests'],
  ['projected-returns', 'projections'],
  ['population', 'counts of Afghans living in Pakistan or Iran'],
];

const andList = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const listText = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join('; ')}; and ${xs.at(-1)}`);

const PUBLISHER_IN_TEXT: Record<string, string> = { ifrc: 'the IFRC' };

export interface Mark {
  id: string;
  origin: Origin;
  series: Series;
  seriesLabel: string;
  measure: Returnee['measure'];
  /** The record's own number; a range keeps both ends. */
  value: Returnee['value'];
  qualifier: Returnee['qualifier'];
  cumulative: boolean;
  valueText: string;
  publisher: string;
  period: { start: string; end: string };
  periodText: string;
  source: string;
  x1: number;
  x2: number;
  /** Height of the value (for a range, its upper end; `yLow` is the lower end). */
  y: number;
  yLow?: number;
  dash: string;
  marker: MarkerShape;
  markerPath: string;
  label?: Placement & { value: string; by?: string };
  tip: { title: string; value: string; meta: string; quote: string; source: string };
  aria: string;
}

export interface Milestone {
  n: number;
  id: string;
  date: string;
  dateText: string;
  title: string;
  /** Host governments involved (which panels the rule is drawn in). */
  hosts: string[];
}

export interface PanelGeometry {
  origin: Origin;
  heading: { x: number; y: number; text: string };
  subheading?: { x: number; y: number; text: string }[];
  plotTop: number;
  plotBottom: number;
  ticks: { y: number; text: string; labelX: number }[];
  yearRules: number[];
  years: { x: number; y: number; text: string }[];
  rules: { n: number; x: number; y1: number; y2: number }[];
  badges: { n: number; x: number; y: number; r: number }[];
  marks: Mark[];
}

/** The line printed above the key, saying how to read a mark. */
export const READING = 'Each line spans the period a figure covers, at the height of the number counted in it';

export interface Geometry {
  narrow: boolean;
  reading: { x1: number; x2: number; y: number; lines: { x: number; y: number; text: string }[] };
  em: number;
  plotX: number;
  plotRight: number;
  legend: { series: Series; x: number; y: number; lineX1: number; lineX2: number; textX: number; text: string; dash: string; markerPath: string; marker: MarkerShape }[];
  panels: PanelGeometry[];
  key: { lines: { x: number; y: number; text: string }[]; badges: { n: number; x: number; y: number; r: number }[] };
  milestones: Milestone[];
}

const magnitude = (r: Returnee) => (Array.isArray(r.value) ? r.value[1] : r.value);
const actorText = (data: ContentData, id: string) => PUBLISHER_IN_TEXT[id] ?? actorName(data, id);

export interface Exclusion { id: string; reason: 'measure' | 'before-range' | 'undated' | 'duplicate' }

/**
 * The records drawn, and why each other one is not. A record repeating another's figure for the
 * same series, publisher and period (a second report of one number) is drawn once, from the
 * publisher's own document where there is one.
 */
export function selectRecords(data: ContentData): { plotted: Returnee[]; excluded: Exclusion[] } {
  const excluded: Exclusion[] = [];
  const sourcePublisher = new Map(data.sources.map((s) => [s.id, s.publisher]));
  const own = (r: Returnee) => (sourcePublisher.get(r.source.id) ?? '').startsWith(actorName(data, r.publisher.id)) ? 0 : 1;
  const candidates = data.returnees.filter((r) => {
    if (!PLOTTED_MEASURES.includes(r.measure)) return excluded.push({ id: r.id, reason: 'measure' }) && false;
    if (r.period.start < RANGE_START) return excluded.push({ id: r.id, reason: 'before-range' }) && false;
    if (!r.period.end) return excluded.push({ id: r.id, reason: 'undated' }) && false;
    return true;
  });
  const byKey = new Map<string, Returnee[]>();
  for (const r of candidates) {
    const key = [r.origin, r.series, r.measure, r.publisher.id, r.period.start, r.period.end, JSON.stringify(r.value), r.qualifier].join('|');
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const plotted: Returnee[] = [];
  for (const group of byKey.values()) {
    const [keep, ...rest] = [...group].sort((a, b) => own(a) - own(b) || a.id.localeCompare(b.id));
    plotted.push(keep);
    for (const r of rest) excluded.push({ id: r.id, reason: 'duplicate' });
  }
  const order = (o: Origin) => PANELS.findIndex((p) => p.origin === o);
  plotted.sort((a, b) => order(a.origin) - order(b.origin) || a.period.end!.localeCompare(b.period.end!) || a.period.start.localeCompare(b.period.start) || a.id.localeCompare(b.id));
  return { plotted, excluded };
}

/** Policy events in the time range, numbered in date order; each names the governments involved. */
export function selectMilestones(data: ContentData, from: string, to: string): Milestone[] {
  const hostIds = new Set(PANELS.flatMap((p) => p.hosts));
  return data.events
    .filter((e: EventRecord) => e.kind === 'policy' && e.date >= from && e.date <= to && e.actors.some((a) => hostIds.has(a.id)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e, i) => ({
      n: i + 1,
      id: e.id,
      date: e.date,
      dateText: e.dateApproximate ? formatDate(e.date.slice(0, 7)) : e.endDate && e.endDate !== e.date ? formatPeriod(e.date, e.endDate) : formatDate(e.date),
      title: e.title,
      hosts: e.actors.map((a) => a.id).filter((a) => hostIds.has(a)),
    }));
}

/** Marker outline centred on (x, y), `r` half its size. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square':
      return `M${f(x - r * 0.85)},${f(y - r * 0.85)}h${f(1.7 * r)}v${f(1.7 * r)}h${f(-1.7 * r)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.1)}L${f(x + r)},${f(y + r * 0.8)}L${f(x - r)},${f(y + r * 0.8)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r)},${f(y)}L${f(x)},${f(y + r * 1.2)}L${f(x - r)},${f(y)}Z`;
    case 'cross':
      return `M${f(x - r)},${f(y - r)}L${f(x + r)},${f(y + r)}M${f(x + r)},${f(y - r)}L${f(x - r)},${f(y + r)}`;
  }
}

/** Axis numbers: "0", "500k", "1m", "1.5m". */
export function formatTick(v: number): string {
  if (v === 0) return '0';
  if (v >= 1_000_000) return `${Math.round((v / 1_000_000) * 100) / 100}m`;
  return `${Math.round(v / 1000)}k`;
}

/** Words wrapped into lines of at most `max` characters. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > max) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const SIZES = {
  narrow: { em: 14, lineH: 18, plotX: 42, right: 6, plotH: 330, badgeR: 10, markerR: 4.5 },
  wide: { em: 13, lineH: 17, plotX: 46, right: 8, plotH: 290, badgeR: 9, markerR: 4.5 },
} as const;

/** The time axis runs from the quarter the first figure starts in to the quarter after the last one ends. */
export function timeDomain(records: Returnee[]): [string, string] {
  const starts = records.map((r) => r.period.start).sort();
  const ends = records.map((r) => r.period.end!).sort();
  const first = starts[0] ?? RANGE_START;
  const last = ends.at(-1) ?? RANGE_START;
  const q = (m: number) => String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0');
  const from = `${first.slice(0, 4)}-${q(+first.slice(5, 7))}-01`;
  const lq = Math.floor((+last.slice(5, 7) - 1) / 3) * 3 + 4;
  const to = lq > 12 ? `${+last.slice(0, 4) + 1}-01-01` : `${last.slice(0, 4)}-${String(lq).padStart(2, '0')}-01`;
  return [from, to];
}

function layoutFor(layout: Layout, records: Returnee[], milestones: Milestone[], domain: [string, string], data: ContentData): Geometry & { width: number; height: number } {
  const width = LAYOUTS[layout];
  const narrow = layout === 'narrow';
  const S = SIZES[layout];
  const h = S.lineH;
  const plotRight = width - S.right;
  const x = scaleLinear().domain([dayMs(domain[0]), dayMs(domain[1])]).range([S.plotX, plotRight]);
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const sharedSeries = new Set((Object.keys(SERIES_STYLE) as Series[]).filter((s) => new Set(records.filter((r) => r.series === s).map((r) => r.publisher.id)).size > 1));

  // Legend: one entry per series drawn, in the order of SERIES_STYLE, wrapped into rows.
  const seriesDrawn = (Object.keys(SERIES_STYLE) as Series[]).filter((s) => records.some((r) => r.series === s));
  const legend: Geometry['legend'] = [];
  // How to read the marks, above the series key.
  const readX = 36;
  const reading: Geometry['reading'] = {
    x1: 0, x2: 26, y: h / 2,
    lines: wrap(READING, Math.floor((width - readX) / (S.em * 0.6))).map((text, i) => ({ x: readX, y: h / 2 + i * h, text })),
  };
  let lx = 0;
  let ly = reading.lines.at(-1)!.y + h + 10;
  for (const series of seriesDrawn) {
    const st = SERIES_STYLE[series];
    // A government's count is keyed by the government's name when only one government is drawn.
    const publishers = [...new Set(records.filter((r) => r.series === series).map((r) => r.publisher.id))];
    const text = series === 'government-count' && publishers.length === 1 ? `${actorName(data, publishers[0])}: own count` : st.label;
    const w = 30 + 6 + placeWidth(text, S.em);
    if (lx > 0 && lx + w > width) { lx = 0; ly += h + 6; }
    legend.push({
      series, x: lx, y: ly, lineX1: lx, lineX2: lx + 26, textX: lx + 36, text, dash: st.dash, marker: st.marker,
      markerPath: markerPath(st.marker, lx + 26, ly, S.markerR),
    });
    lx += w + 16;
  }
  let top = ly + h / 2 + 18;

  const panels: PanelGeometry[] = [];
  for (const spec of PANELS) {
    const rows = records.filter((r) => r.origin === spec.origin);
    if (!rows.length) continue;
    const heading = { x: 0, y: top + h * 0.75, text: spec.heading };
    top += h;
    let subheading: PanelGeometry['subheading'];
    if (spec.subheading) {
      subheading = wrap(spec.subheading, Math.floor(width / (S.em * 0.6))).map((text) => {
        const line = { x: 0, y: top + h * 0.75, text };
        top += h;
        return line;
      });
    }
    top += 6;

    // Milestone badges in rows above the plot, so numbers that are close in time do not collide.
    const mine = milestones.filter((m) => m.hosts.some((hId) => spec.hosts.includes(hId)));
    const rowsOfBadges: number[][] = [];
    const badgeAt = mine.map((m) => {
      const bx = x(dayMs(m.date));
      let row = rowsOfBadges.findIndex((xs) => xs.every((o) => Math.abs(o - bx) >= 2 * S.badgeR + 3));
      if (row < 0) { rowsOfBadges.push([]); row = rowsOfBadges.length - 1; }
      rowsOfBadges[row].push(bx);
      return { n: m.n, x: bx, row };
    });
    const bandH = rowsOfBadges.length * (2 * S.badgeR + 3);
    const badges = badgeAt.map((b) => ({ n: b.n, x: b.x, r: S.badgeR, y: top + S.badgeR + b.row * (2 * S.badgeR + 3) }));
    const plotTop = top + bandH + (bandH ? 10 : h * 0.6);
    const plotBottom = plotTop + S.plotH;
    const rules = badges.map((b) => ({ n: b.n, x: b.x, y1: b.y + b.r, y2: plotBottom }));

    const max = Math.max(...rows.map(magnitude));
    const y = scaleLinear().domain([0, max]).nice(4).range([plotBottom, plotTop]);
    const ticks = y.ticks(4).map((v) => ({ y: y(v), text: formatTick(v), labelX: S.plotX - 6 }));

    const [y0, y1] = [+domain[0].slice(0, 4), +domain[1].slice(0, 4)];
    const yearRules: number[] = [];
    const years: PanelGeometry['years'] = [];
    for (let yr = y0; yr <= y1; yr++) {
      const a = Math.max(dayMs(`${yr}-01-01`), dayMs(domain[0]));
      const b = Math.min(dayMs(`${yr + 1}-01-01`), dayMs(domain[1]));
      if (b <= a) continue;
      if (dayMs(`${yr}-01-01`) > dayMs(domain[0])) yearRules.push(x(dayMs(`${yr}-01-01`)));
      const cx = (x(a) + x(b)) / 2;
      if (x(b) - x(a) >= placeWidth(String(yr), S.em) + 4) years.push({ x: cx, y: plotBottom + h, text: String(yr) });
    }

    const marks: Mark[] = rows.map((r) => {
      const st = SERIES_STYLE[r.series];
      const x1 = x(dayMs(r.period.start));
      const x2 = x(endMs(r.period.end!));
      const yv = y(magnitude(r));
      const valueText = formatQuantity(r.value, r.qualifier);
      const publisher = actorName(data, r.publisher.id);
      const periodText = formatPeriod(r.period.start, r.period.end!);
      const src = sourceById.get(r.source.id)!;
      const quote = r.quoteTranslation ? `${r.quote} (${r.quoteTranslation})` : r.quote;
      const counted = r.measure === 'inflows' ? 'border crossings into Afghanistan' : 'returns';
      const from = spec.origin === 'PK+IR' ? 'from Pakistan and Iran' : `from ${spec.country}`;
      const when = r.cumulative ? `running total since ${formatDate(r.period.start)}, as of ${formatDate(r.period.end!)}` : periodText;
      return {
        id: r.id, origin: r.origin, series: r.series, seriesLabel: st.label, measure: r.measure,
        value: r.value, qualifier: r.qualifier, cumulative: r.cumulative, valueText, publisher,
        period: { start: r.period.start, end: r.period.end! }, periodText, source: r.source.id,
        x1, x2, y: yv, yLow: Array.isArray(r.value) ? y(r.value[0]) : undefined,
        dash: st.dash, marker: st.marker, markerPath: markerPath(st.marker, x2, yv, S.markerR),
        tip: {
          title: `${publisher}: ${counted} ${from}`,
          value: valueText,
          meta: when,
          quote,
          source: `${src.publisher}, ${formatDate(src.date)}`,
        },
        aria: `${publisher}: ${valueText} ${counted} ${from}, ${when}. Series: ${st.label}. Source: ${src.publisher}, ${formatDate(src.date)}.`,
      };
    });

    // Direct labels, from the top of the panel down, each where it touches no other text or
    // marker and lies on no other figure's line.
    const obstacles: (Box & { marker?: boolean })[] = [
      ...ticks.map((t) => ({ x: t.labelX - placeWidth(t.text, S.em), y: t.y - h / 2, w: placeWidth(t.text, S.em), h })),
      ...badges.map((b) => ({ x: b.x - b.r, y: b.y - b.r, w: 2 * b.r, h: 2 * b.r })),
      ...marks.map((m) => ({ x: m.x2 - S.markerR - 1, y: m.y - S.markerR - 1, w: 2 * S.markerR + 2, h: 2 * S.markerR + 2, marker: true })),
    ];
    const dataLines = [
      ...marks.map((m) => ({ key: m.id, x: m.x1, y: m.y - 1, w: Math.max(1, m.x2 - m.x1), h: 2, hard: true })),
      ...rules.map((r) => ({ key: `rule-${r.n}`, x: r.x - 1, y: r.y1, w: 2, h: r.y2 - r.y1 })),
    ];
    // The publisher is printed where the series' key does not already say who published it.
    const by = (m: Mark) => (sharedSeries.has(m.series) ? m.publisher : undefined);
    const text = (m: Mark) => (by(m) ? `${m.valueText} ${by(m)}` : m.valueText);
    // Each series' largest and latest figures in the panel are labelled first.
    const key = new Set((Object.keys(SERIES_STYLE) as Series[]).flatMap((s) => {
      const ms = marks.filter((m) => m.series === s);
      if (!ms.length) return [];
      const largest = ms.reduce((a, b) => (magnitude(b as unknown as Returnee) > magnitude(a as unknown as Returnee) ? b : a));
      const latest = ms.reduce((a, b) => (b.period.end > a.period.end ? b : a));
      return [largest.id, latest.id];
    }));
    const requests: LabelRequest[] = [...marks]
      .sort((a, b) => a.y - b.y || a.id.localeCompare(b.id))
      .map((m) => ({ id: m.id, key: m.id, w: placeWidth(text(m), S.em), h, x1: m.x1, x2: m.x2, y: m.y, r: S.markerR, tier: key.has(m.id) ? 0 : 1 }));
    const bounds = { x: 0, y: top, w: width, h: plotBottom - top };
    const placed = placeLabels(requests, obstacles, dataLines, bounds);
    for (const m of marks) {
      const p = placed.get(m.id);
      if (p) m.label = { ...p, value: m.valueText, by: by(m) };
    }

    panels.push({ origin: spec.origin, heading, subheading, plotTop, plotBottom, ticks, yearRules, years, rules, badges, marks });
    top = plotBottom + h + 22;
  }

  // Key to the numbered milestones, wrapped to the artboard.
  const key: Geometry['key'] = { lines: [], badges: [] };
  if (milestones.length) {
    const textX = 2 * S.badgeR + 8;
    const max = Math.floor((width - textX) / (S.em * 0.58));
    for (const m of milestones) {
      const lines = wrap(`${m.dateText}: ${m.title}`, max);
      key.badges.push({ n: m.n, x: S.badgeR, y: top + h / 2, r: S.badgeR });
      for (const line of lines) { key.lines.push({ x: textX, y: top + h / 2, text: line }); top += h; }
      top += 5;
    }
  }

  return {
    narrow, em: S.em, plotX: S.plotX, plotRight, reading, legend, panels, key, milestones, width, height: Math.ceil(top + 4),
  };
}

/** Every text box of an artboard (labels, axis, headings, legend, key), for bounds and collision checks. */
export function textBoxes(g: Geometry, charEm = 0.55): (Box & { text: string; kind: string })[] {
  const h = g.em * 1.2;
  const w = (t: string) => t.length * g.em * charEm;
  const at = (text: string, kind: string, xStart: number, cy: number) => ({ text, kind, x: xStart, y: cy - h / 2, w: w(text), h });
  const boxes: (Box & { text: string; kind: string })[] = [];
  for (const l of g.reading.lines) boxes.push(at(l.text, 'legend', l.x, l.y));
  for (const l of g.legend) boxes.push(at(l.text, 'legend', l.textX, l.y));
  for (const p of g.panels) {
    boxes.push(at(p.heading.text, 'heading', p.heading.x, p.heading.y - g.em * 0.35));
    for (const l of p.subheading ?? []) boxes.push(at(l.text, 'heading', l.x, l.y - g.em * 0.35));
    for (const t of p.ticks) boxes.push(at(t.text, 'tick', t.labelX - w(t.text), t.y));
    for (const yr of p.years) boxes.push(at(yr.text, 'year', yr.x - w(yr.text) / 2, yr.y - g.em * 0.35));
    for (const b of p.badges) boxes.push({ text: String(b.n), kind: 'badge', x: b.x - b.r, y: b.y - b.r, w: 2 * b.r, h: 2 * b.r });
    for (const m of p.marks) {
      if (!m.label) continue;
      const t = m.label.by ? `${m.label.value} ${m.label.by}` : m.label.value;
      const cy = m.label.box.y + m.label.box.h / 2;
      const x0 = m.label.anchor === 'start' ? m.label.box.x : m.label.box.x + m.label.box.w - w(t);
      boxes.push(at(t, 'value', x0, cy));
    }
  }
  for (const l of g.key.lines) boxes.push(at(l.text, 'key', l.x, l.y));
  return boxes;
}

export { overlaps };

export function compute(data: ContentData): ChartModel<Geometry> {
  const { plotted, excluded } = selectRecords(data);
  const domain = timeDomain(plotted);
  const milestones = selectMilestones(data, domain[0], domain[1]);
  const layouts = {
    narrow: layoutFor('narrow', plotted, milestones, domain, data),
    wide: layoutFor('wide', plotted, milestones, domain, data),
  };

  // Summary: the largest figure drawn for each origin, attributed, and the rule that they are not added.
  const parts = PANELS.flatMap((p) => {
    const rows = plotted.filter((r) => r.origin === p.origin);
    if (!rows.length) return [];
    const top = [...rows].sort((a, b) => magnitude(b) - magnitude(a) || a.id.localeCompare(b.id))[0];
    const what = top.measure === 'inflows' ? 'border crossings into Afghanistan' : 'returns';
    return [`${formatQuantity(top.value, top.qualifier)} ${what} from ${p.origin === 'PK+IR' ? 'Pakistan and Iran together' : p.country} ${periodPhrase(top.period.start, top.period.end!)}, according to ${actorText(data, top.publisher.id)}`];
  });
  const seriesCount = new Set(plotted.map((r) => r.series)).size;
  const summary = parts.length
    ? `The largest figures shown are ${parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}` : parts[0]}. ` +
      `The chart’s figures come from ${countWord(seriesCount)} series that count in different ways, so none are added together.`
    : 'No returnee figures are available for 2023–2026.';

  const count = (reason: Exclusion['reason']) => excluded.filter((e) => e.reason === reason).length;
  const methods = (Object.keys(SERIES_STYLE) as Series[]).filter((s) => plotted.some((r) => r.series === s)).map((s) => SERIES_METHOD[s]).filter(Boolean) as string[];
  const irMilestones = milestones.some((m) => m.hosts.includes('iran'));
  const unlabelled = Object.values(layouts).some((g) => g.panels.some((p) => p.marks.some((m) => !m.label)));
  const measuresNotShown = MEASURE_NOT_SHOWN.filter(([m]) => excluded.some((e) => e.reason === 'measure' && data.returnees.find((r) => r.id === e.id)?.measure === m)).map(([, words]) => words);
  const notShown = [
    andList(measuresNotShown),
    count('before-range') ? 'figures from before 2023' : '',
    count('undated') ? `${count('undated') === 1 ? 'one figure' : `${countWord(count('undated'))} figures`} whose end date is not known` : '',
    count('duplicate') ? `${count('duplicate') === 1 ? 'a second report' : 'second reports'} of a figure already shown` : '',
  ].filter(Boolean);
  const notes = [
    `Figures for periods of different lengths (a week, a month, a year so far, or the time since autumn 2023) are not comparable by height alone. Each panel has its own scale.${unlabelled ? ' Figures too close to others to label are in the data table.' : ''}`,
    `The series count different things: ${methods.join('; ')}. They are never added together, and the bottom panel is not the sum of the two above.`,
    notShown.length ? `Not shown: ${listText(notShown)}.` : '',
    milestones.length
      ? `Numbered rules mark policy milestones${irMilestones ? '' : '; Iran’s deadlines for Afghans to leave are not marked, as no dated Iranian policy event is recorded on this site yet'}.`
      : 'No policy milestone falls within these dates.',
  ].filter(Boolean);

  return {
    summary,
    layouts,
    table: {
      columns: ['From', 'Series', 'Publisher', 'Figure', 'Period', 'Source'],
      rows: plotted.map((r) => [
        PANELS.find((p) => p.origin === r.origin)!.country.replace(/^both countries$/, 'Pakistan and Iran'),
        SERIES_STYLE[r.series].label,
        actorName(data, r.publisher.id),
        formatQuantity(r.value, r.qualifier),
        `${formatPeriod(r.period.start, r.period.end!).replace(/^in /, '')}${r.cumulative ? ' (running total)' : ''}`,
        r.source.id,
      ]),
    },
    sources: sourcesOf(data, plotted.map((r) => r.source.id)),
    notes,
  };
}
