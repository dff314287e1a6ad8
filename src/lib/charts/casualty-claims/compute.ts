/**
 * casualty-claims: the February 2026 fighting as claims. One row per claimant's current figure
 * for one kind of loss (killed, wounded, captured), grouped by episode and by whose losses; the
 * figures that figure updated are listed under it with their dates. Bars share a scale only
 * within one block of whose losses. Nothing is summed, merged or averaged across claimants.
 */
import { scaleLinear } from 'd3-scale';
import { formatDate } from '../../data/asOf.ts';
import { sourcesOf } from '../sources.ts';
import { LAYOUTS, type ChartModel, type ContentData, type Layout } from '../types.ts';
import {
  BLOCK_ORDER, ENCODING, EPISODES, MAIN_EPISODE, MEASURE_LABELS, MILITANT_ATTACK_CLAIMS, STATUS_TEXT, VOICES,
  blockLabel, brokenDown, inScope, reachOf, selectRows,
  type BlockKey, type Claim, type ClaimRow, type Encoding, type Measure, type Voice,
} from './select.ts';
import { NBSP, keep, spansWidth, wrapSpans, type Span, type TextLine } from './text.ts';

export { selectRows } from './select.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "27 Feb": dates inside the chart (the data table gives them in full). */
export const shortDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
/** "27 Feb", "21–22 Feb", "26 Feb–8 Mar". */
export function shortPeriod(p: { start: string; end?: string }): string {
  if (!p.end || p.end === p.start) return shortDate(p.start);
  if (p.start.slice(0, 7) === p.end.slice(0, 7)) return `${Number(p.start.slice(8, 10))}–${shortDate(p.end)}`;
  return `${shortDate(p.start)}–${shortDate(p.end)}`;
}
/** "27 February 2026", "21–22 February 2026", "26 February to 8 March 2026". */
export function longPeriod(p: { start: string; end?: string }): string {
  if (!p.end || p.end === p.start) return formatDate(p.start);
  const [a, b] = [formatDate(p.start), formatDate(p.end)];
  if (p.start.slice(0, 7) === p.end.slice(0, 7)) return `${Number(p.start.slice(8, 10))}–${b}`;
  if (p.start.slice(0, 4) === p.end.slice(0, 4)) return `${a.replace(/ \d{4}$/, '')} to ${b}`;
  return `${a} to ${b}`;
}

/** What the shape at the end of a bar says about its number. */
export type EndShape = 'exact' | 'open' | 'ceiling' | 'about' | 'range';
export const END_SHAPE: Record<Claim['qualifier'], EndShape> = {
  exact: 'exact', 'at-least': 'open', 'more-than': 'open', 'up-to': 'ceiling', 'fewer-than': 'ceiling', about: 'about', range: 'range',
};
/** Room the end shape takes beyond the bar. */
const END_ROOM: Record<EndShape, number> = { exact: 0, open: 20, ceiling: 12, about: 6, range: 0 };

export interface Rect { x: number; y: number; w: number; h: number }
export interface Tick { x: number; y1: number; y2: number }

export interface Mark {
  /** The current claim's id. */
  id: string;
  measure: Measure;
  voice: Voice;
  encoding: Encoding;
  status: Claim['status'];
  endShape: EndShape;
  valueText: string;
  /** Earlier figures of the same count, oldest first, as printed under the bar. */
  historyTexts: string[];
  /** The bar: from zero, or from the low end of a range. Absent for a zero. */
  bar?: Rect;
  /** A range: thin line from zero to the low end, and a tick at each end. */
  stub?: { x1: number; x2: number; y: number };
  ends: Tick[];
  /** At least / more than (dir 1), up to / fewer than (dir -1): a dashed run and a chevron. */
  open?: { x1: number; x2: number; y: number; dir: 1 | -1 };
  /** About: a short dotted whisker either side of the end. */
  about?: { x1: number; x2: number; y: number };
  zero?: { cx: number; cy: number; r: number };
  /** Earlier figures of the running count, marked on the bar. */
  ticks: Tick[];
  /** Claimant and subject, the value label, the quoted words of a zero and the history. */
  lines: TextLine[];
  /** Index in `lines` of the value label. */
  valueLine: number;
  tip: { title: string; value: string; meta: string; quote: string; source: string };
  ariaLabel: string;
}

export type LegendKind = Encoding | 'open' | 'ticks';
export interface LegendSwatch { kind: LegendKind; x: number; y: number; w: number; h: number }

export interface Geometry {
  narrow: boolean;
  /** Headings, legend text and notes inside the artboard. */
  texts: TextLine[];
  rules: { x1: number; x2: number; y: number }[];
  legend: LegendSwatch[];
  marks: Mark[];
}

const SIZES = {
  narrow: { base: 14, block: 16, episode: 17, lh: 18, bar: 13, gutter: 0 },
  wide: { base: 13, block: 15, episode: 16, lh: 17, bar: 12, gutter: 36 },
} as const;

interface Ctx {
  data: ContentData;
  actors: Map<string, ContentData['actors'][number]>;
  sources: Map<string, ContentData['sources'][number]>;
  events: Map<string, ContentData['events'][number]>;
}

/** An actor's short name with typographic apostrophes, as the site's own text has them. */
const nameOf = (ctx: Ctx, id: string) => (ctx.actors.get(id)?.shortName ?? id).replace(/'/g, '’');
/** A block's heading, from every group its rows' chains are about. */
const labelOf = (rows: ClaimRow[], episode: string, block: BlockKey) =>
  blockLabel(block, rows.filter((r) => r.episode === episode && r.block === block).flatMap((r) => r.chain.map((c) => c.group)));

/** The styled runs of a row's history: "27 Feb 133 → 274 → at least 274 (Pakistan’s military) → 297 · 28 Feb …". */
function historySpans(ctx: Ctx, row: ClaimRow): Span[] {
  if (row.steps.length < 2) return [];
  const spans: Span[] = [];
  let date = '';
  row.steps.forEach((s, i) => {
    if (s.asserted !== date) {
      if (i > 0) spans.push({ text: `${NBSP}· `, cls: 'muted' });
      spans.push({ text: `${keep(shortDate(s.asserted))}: `, cls: 'muted' });
      date = s.asserted;
    } else spans.push({ text: `${NBSP}→ `, cls: 'muted' });
    spans.push({ text: keep(s.valueText), cls: 'step' });
    if (!s.claims.some((c) => c.claimant.id === row.head.claimant.id)) {
      spans.push({ text: ` (${nameOf(ctx, s.claims[0].claimant.id)})`, cls: 'muted' });
    }
  });
  return spans;
}

function valueSpans(row: ClaimRow): Span[] {
  return [
    { text: keep(row.steps.at(-1)!.valueText), cls: 'value' },
    { text: ` · ${STATUS_TEXT[row.head.status]}`, cls: 'muted' },
  ];
}

const lowOf = (c: Claim) => (Array.isArray(c.value) ? c.value[0] : c.value);

/** The largest number a row's marks reach: its value or the high end, or an earlier, higher figure. */
const rowReach = (row: ClaimRow) => Math.max(...row.steps.map((s) => s.reach));

/**
 * A block's scale: as long as it can be while every row's value label still fits after its bar
 * (and its end shape) inside the column.
 */
function blockRange(rows: ClaimRow[], colWidth: number, size: number, max: number): number {
  let range = colWidth * 0.82;
  for (const r of rows) {
    const reach = rowReach(r);
    if (reach === 0) continue;
    const room = colWidth - END_ROOM[END_SHAPE[r.head.qualifier]] - 8 - spansWidth(valueSpans(r), size);
    range = Math.min(range, (room * max) / reach);
  }
  return Math.max(range, colWidth * 0.3);
}

function layoutRow(ctx: Ctx, row: ClaimRow, x: number, y: number, width: number, L: (typeof SIZES)[Layout], x0: (v: number) => number): { mark: Mark; bottom: number } {
  const { head } = row;
  const size = L.base;
  const lines: TextLine[] = [];
  const line = (spans: Span[], ly: number): TextLine => ({ x, y: ly, size, spans, width: spansWidth(spans, size) });
  const claimant = nameOf(ctx, head.claimant.id);
  const title = wrapSpans([
    { text: claimant, cls: 'name', voice: row.voice },
    { text: `${NBSP}· ${head.subject}${NBSP}· ${keep(shortPeriod(head.period))}`, cls: 'muted' },
  ], width, size);
  title.forEach((spans, i) => lines.push(line(spans, y + size + i * L.lh)));
  const barY = y + title.length * L.lh + 4;
  const mid = barY + L.bar / 2;
  const shape = END_SHAPE[head.qualifier];
  const low = lowOf(head);
  const reach = reachOf(head);
  const mark: Mark = {
    id: head.id,
    measure: row.measure,
    voice: row.voice,
    encoding: ENCODING[head.status],
    status: head.status,
    endShape: shape,
    valueText: row.steps.at(-1)!.valueText,
    historyTexts: row.steps.length > 1 ? row.steps.map((s) => s.valueText) : [],
    ends: [],
    ticks: [],
    lines,
    valueLine: 0,
    tip: { title: '', value: '', meta: '', quote: '', source: '' },
    ariaLabel: '',
  };
  const end = x0(reach);
  if (reach === 0) mark.zero = { cx: x + 5, cy: mid, r: 4.5 };
  else if (shape === 'range') {
    mark.bar = { x: x0(low), y: barY, w: Math.max(2, end - x0(low)), h: L.bar };
    mark.stub = { x1: x, x2: x0(low), y: mid };
    mark.ends = [x0(low), end].map((tx) => ({ x: tx, y1: barY - 3, y2: barY + L.bar + 3 }));
  } else mark.bar = { x, y: barY, w: Math.max(2, end - x), h: L.bar };
  // earlier figures of the count, marked where they reached
  const earlier = [...new Set(row.steps.slice(0, -1).map((s) => s.reach))].filter((v) => v > 0 && v !== reach);
  mark.ticks = earlier.map((v) => ({ x: x0(v), y1: barY - 4, y2: barY + L.bar + 4 }));
  const far = Math.max(reach === 0 ? x + 10 : end, ...mark.ticks.map((t) => t.x));
  if (reach > 0 && shape === 'open') mark.open = { x1: end, x2: Math.max(end, far) + END_ROOM.open - 4, y: mid, dir: 1 };
  if (reach > 0 && shape === 'ceiling') mark.open = { x1: end, x2: Math.max(end, far) + END_ROOM.ceiling - 3, y: mid, dir: -1 };
  if (reach > 0 && shape === 'about') mark.about = { x1: end - END_ROOM.about, x2: end + END_ROOM.about, y: mid };
  const labelX = (mark.open ? mark.open.x2 : mark.about ? mark.about.x2 : far) + 7;
  mark.valueLine = lines.length;
  const vs = valueSpans(row);
  lines.push({ x: labelX, y: mid + size * 0.35, size, spans: vs, width: spansWidth(vs, size) });
  let ly = barY + L.bar + 4 + size;
  const extra: Span[][] = [];
  if (reach === 0 && head.quoteForm) extra.push(...wrapSpans([{ text: `“${head.quoteForm}”`, cls: 'muted' }], width, size));
  extra.push(...wrapSpans(historySpans(ctx, row), width, size));
  for (const spans of extra) {
    lines.push(line(spans, ly));
    ly += L.lh;
  }
  const bottom = ly - L.lh + size * 0.3 + 11;
  const src = ctx.sources.get(head.source.id)!;
  const measure = MEASURE_LABELS[row.measure].toLowerCase();
  mark.tip = {
    title: claimant,
    value: mark.valueText,
    meta: [`Stated ${formatDate(head.asserted)}`, STATUS_TEXT[head.status], head.speaker].filter(Boolean).join(' · '),
    quote: head.quoteTranslation ? `${head.quote} [${head.quoteTranslation}]` : head.quote,
    source: `${src.publisher}, ${formatDate(src.date)}`,
  };
  const history = row.steps.length > 1
    ? ` Earlier figures: ${row.steps.slice(0, -1).map((s) => `${s.valueText} (${formatDate(s.asserted)})`).join(', ')}.`
    : '';
  mark.ariaLabel = `${claimant}${head.speaker ? ` (${head.speaker})` : ''}: ${mark.valueText} ${measure} (${head.subject}), ${longPeriod(head.period)}. `
    + `Stated ${formatDate(head.asserted)}; ${STATUS_TEXT[head.status]}.${history} Source: ${src.publisher}, ${formatDate(src.date)}.`;
  return { mark, bottom: Math.max(bottom, barY + L.bar + 12) };
}

const LEGEND_TEXT: Record<LegendKind, string> = {
  fill: 'Documented by an independent monitor',
  tint: 'Corroborated by an independent source',
  outline: 'Claimed by a party to the fighting',
  hatch: 'Disputed or unverifiable',
  open: 'At least, more than: open-ended',
  ticks: 'Earlier figures of the same count',
};
const VOICE_LEGEND: Record<Voice, string> = {
  pk: 'Pakistan’s government or military',
  af: 'Taliban authorities or their forces',
  monitor: 'UN or a news organisation',
};

function layoutLegend(rows: ClaimRow[], W: number, L: (typeof SIZES)[Layout], texts: TextLine[], legend: LegendSwatch[]): number {
  const size = L.base;
  const kinds: LegendKind[] = (['fill', 'tint', 'outline', 'hatch'] as Encoding[]).filter((e) => rows.some((r) => ENCODING[r.head.status] === e));
  if (rows.some((r) => END_SHAPE[r.head.qualifier] === 'open')) kinds.push('open');
  if (rows.some((r) => r.steps.length > 1)) kinds.push('ticks');
  const sw = 26;
  let x = 0;
  let y = 0;
  let lineRows = 1;
  for (const kind of kinds) {
    const spans: Span[] = [{ text: LEGEND_TEXT[kind], cls: 'plain' }];
    const w = sw + 6 + spansWidth(spans, size);
    if (x > 0 && x + w > W) { x = 0; y += lineRows * L.lh + 4; lineRows = 1; }
    legend.push({ kind, x, y: y + 3, w: sw, h: L.bar - 2 });
    // an item wider than the artboard wraps beside its swatch
    const lines = wrapSpans(spans, W - x - sw - 6, size);
    lines.forEach((l, i) => texts.push({ x: x + sw + 6, y: y + size + i * L.lh, size, spans: l, width: spansWidth(l, size) }));
    lineRows = Math.max(lineRows, lines.length);
    x += lines.length > 1 ? W : w + 18;
  }
  y += lineRows * L.lh + 4;
  // the colour key, written out in the claimants' colours
  const voices = VOICES.filter((v) => rows.some((r) => r.voice === v));
  const key: Span[] = [{ text: 'Names and marks are coloured by who gives the figure: ', cls: 'muted' }];
  voices.forEach((v, i) => {
    if (i > 0) key.push({ text: `${NBSP}· `, cls: 'muted' });
    key.push({ text: VOICE_LEGEND[v], cls: 'name', voice: v });
  });
  key.push({ text: '. Bars are to scale only within one block.', cls: 'muted' });
  for (const spans of wrapSpans(key, W, size)) {
    texts.push({ x: 0, y: y + size, size, spans, width: spansWidth(spans, size) });
    y += L.lh;
  }
  return y + 8;
}

function layoutFor(layout: Layout, rows: ClaimRow[], ctx: Ctx): Geometry & { width: number; height: number } {
  const W = LAYOUTS[layout];
  const narrow = layout === 'narrow';
  const L = SIZES[layout];
  const texts: TextLine[] = [];
  const rules: Geometry['rules'] = [];
  const legend: LegendSwatch[] = [];
  const marks: Mark[] = [];
  const colW = narrow ? W : (W - L.gutter) / 2;
  let y = layoutLegend(rows, W, L, texts, legend);
  const heading = (text: string, role: 'episode' | 'block' | 'panel', size: number, x: number, width: number, at: number) => {
    const lines = wrapSpans([{ text, cls: role === 'panel' ? 'muted' : 'strong' }], width, size);
    lines.forEach((spans, i) => texts.push({ x, y: at + size + i * (size * 1.25), size, spans, width: spansWidth(spans, size), role }));
    return at + size + (lines.length - 1) * size * 1.25;
  };
  for (const episode of EPISODES) {
    const inEpisode = rows.filter((r) => r.episode === episode);
    if (!inEpisode.length) continue;
    y += 6;
    rules.push({ x1: 0, x2: W, y });
    y = heading(ctx.events.get(episode)?.title ?? episode, 'episode', L.episode, 0, W, y + 8) + 10;
    for (const block of BLOCK_ORDER) {
      const inBlock = inEpisode.filter((r) => r.block === block);
      if (!inBlock.length) continue;
      y = heading(labelOf(rows, episode, block), 'block', L.block, 0, W, y + 6) + 4;
      const max = Math.max(...inBlock.map(rowReach), 1);
      const range = blockRange(inBlock, colW, L.base, max);
      const measures = [...new Set(inBlock.map((r) => r.measure))];
      // wide: killed on the left, every other measure on the right
      const columns: Measure[][] = narrow || measures.length < 2 || measures[0] !== 'killed' ? [measures] : [[measures[0]], measures.slice(1)];
      let bottom = y;
      columns.forEach((col, ci) => {
        const cx = ci * (colW + L.gutter);
        const x = scaleLinear().domain([0, max]).range([cx, cx + range]);
        let cy = y;
        for (const measure of col) {
          cy = heading(MEASURE_LABELS[measure], 'panel', L.base, cx, colW, cy + 4) + 6;
          for (const row of inBlock.filter((r) => r.measure === measure)) {
            const laid = layoutRow(ctx, row, cx, cy, colW, L, (v) => x(v));
            marks.push(laid.mark);
            cy = laid.bottom;
          }
        }
        bottom = Math.max(bottom, cy);
      });
      y = bottom + 4;
    }
  }
  return roundDeep({ narrow, texts, rules, legend, marks, width: W, height: Math.ceil(y + 4) });
}

/** Geometry rounded to 0.1 px: the SVG stays small and diffs stay readable. */
function roundDeep<T>(v: T): T {
  if (typeof v === 'number') return (Math.round(v * 10) / 10) as T;
  if (Array.isArray(v)) return v.map(roundDeep) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x)])) as T;
  return v;
}

const plural = (name: string) => /(authorities|forces)$/.test(name);
const dayMonth = (iso: string) => formatDate(iso).replace(/ \d{4}$/, '');

/** The row the summary quotes for one voice in one panel: the widest, latest running count. */
function headline(rows: ClaimRow[], episodeStart: string): ClaimRow {
  const rank = (r: ClaimRow) => [
    r.head.period.start === episodeStart ? 0 : 1,
    -Date.parse(r.head.period.end ?? r.head.asserted),
    -r.steps.length,
    r.head.qualifier === 'exact' ? 0 : 1,
  ];
  return [...rows].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return a.head.id.localeCompare(b.head.id);
  })[0];
}

/** One or two sentences: who gives which figure for the dead, attributed, and how a count grew. */
export function summarise(rows: ClaimRow[], ctx: Ctx): string {
  const start = ctx.events.get(MAIN_EPISODE)?.date ?? '';
  const killed = rows.filter((r) => r.episode === MAIN_EPISODE && r.measure === 'killed');
  const clauses: string[] = [];
  for (const block of BLOCK_ORDER) {
    const inBlock = killed.filter((r) => r.block === block);
    const voices = VOICES.filter((v) => inBlock.some((r) => r.voice === v));
    if (voices.length < 2) continue;
    const parts = voices.map((v) => {
      const r = headline(inBlock.filter((x) => x.voice === v), start);
      const name = nameOf(ctx, r.head.claimant.id);
      const verb = r.head.status === 'documented' ? 'documented' : plural(name) ? 'give' : 'gives';
      return `${name} ${verb} ${r.steps.at(-1)!.valueText}`;
    });
    const label = blockLabel(block, inBlock.flatMap((r) => r.chain.map((c) => c.group)));
    clauses.push(`for ${label} killed, ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);
  }
  const sentences: string[] = [];
  if (clauses.length) sentences.push(`Since ${dayMonth(start)} the claims differ: ${clauses.join('; ')}.`);
  const longest = [...killed].sort((a, b) => b.steps.length - a.steps.length || a.head.id.localeCompare(b.head.id))[0];
  const tail = 'none of the parties’ figures could be independently verified.';
  if (longest && longest.steps.length > 2) {
    const [first, last] = [longest.steps[0], longest.steps.at(-1)!];
    const countries = new Set(longest.chain.map((c) => ctx.actors.get(c.claimant.id)?.country));
    const owner = countries.size === 1 && countries.has('PK') && longest.voice === 'pk'
      ? 'Pakistan'
      : countries.size === 1 && countries.has('AF') && longest.voice === 'af' ? 'Kabul' : nameOf(ctx, longest.head.claimant.id);
    const whose = labelOf(rows, MAIN_EPISODE, longest.block);
    sentences.push(`${owner}’s count of ${whose} killed rose from ${first.valueText} on ${dayMonth(first.asserted)} to ${last.valueText} on ${dayMonth(last.asserted)}; ${tail}`);
  } else sentences.push(tail[0].toUpperCase() + tail.slice(1));
  return sentences.join(' ');
}

function notesFor(rows: ClaimRow[], ctx: Ctx): string[] {
  const notes = [
    'Each figure is attributed to whoever gave it. Figures from different claimants are never added together, and none is offered as the true number.',
    'Each bar is a claimant’s latest figure; the figures it replaced are listed under it with the date each was stated, and marked on the bar.',
    'Bars share a scale only within one block of whose losses. Some counts cover one district or one outpost, others a whole country: the line above each bar says what it counts and for which days.',
  ];
  const mixed = new Map<string, Set<string>>();
  for (const r of rows) {
    const names = [...new Set(r.chain.map((c) => nameOf(ctx, c.claimant.id)))].sort();
    if (names.length > 1) mixed.set(names.join(' and '), new Set(names));
  }
  if (mixed.size) {
    notes.push(`A running count sometimes passed between two voices of the same side (${[...mixed.keys()].join('; ')}); the data table gives each figure’s own claimant and source.`);
  }
  const scoped = inScope(ctx.data);
  const totals = [...new Set(scoped.filter((c) => brokenDown(c, scoped)).map((c) => nameOf(ctx, c.claimant.id)))];
  if (totals.length) {
    notes.push(`“Killed or wounded” appears only where a claimant gave no separate figures; ${totals.join(' and ')}’s combined casualty totals are shown as their killed and wounded parts.`);
  }
  if (ctx.data.claims.some((c) => MILITANT_ATTACK_CLAIMS.has(c.id))) {
    notes.push('Not shown: deaths in militant attacks inside Pakistan earlier in February (Islamabad, Bajaur, Bannu), which Pakistan cited as reasons for its strikes; they are not losses of the fighting between the two states.');
  }
  return notes;
}

export function compute(data: ContentData): ChartModel<Geometry> {
  const ctx: Ctx = {
    data,
    actors: new Map(data.actors.map((a) => [a.id, a])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    events: new Map(data.events.map((e) => [e.id, e])),
  };
  const rows = selectRows(data);
  // the narrow artboard draws rows in the same order; tables and sources follow it
  const tableRows = rows.flatMap((r) => {
    const whose = `${labelOf(rows, r.episode, r.block)}: ${r.head.subject}`;
    return r.chain.map((c) => [
      ctx.events.get(r.episode)?.title ?? r.episode,
      whose,
      MEASURE_LABELS[r.measure],
      `${nameOf(ctx, c.claimant.id)}${c.speaker ? ` (${c.speaker})` : ''}`,
      r.steps.find((s) => s.claims.includes(c))!.valueText,
      STATUS_TEXT[c.status],
      formatDate(c.asserted),
      c === r.head ? 'current figure (bar)' : 'earlier figure',
      c.source.id,
    ]);
  });
  return {
    summary: summarise(rows, ctx),
    layouts: { narrow: layoutFor('narrow', rows, ctx), wide: layoutFor('wide', rows, ctx) },
    table: {
      columns: ['Episode', 'Whose losses', 'Counted', 'Claimant', 'Figure', 'Status', 'Stated', 'In the chart', 'Source'],
      rows: tableRows,
    },
    sources: sourcesOf(data, rows.flatMap((r) => r.chain.map((c) => c.source.id))),
    notes: notesFor(rows, ctx),
  };
}

export type { ClaimRow, BlockKey };
