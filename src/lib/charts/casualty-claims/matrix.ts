/**
 * The lead view: whose losses (blocks) against who says it (one line per claimant, Pakistan's
 * voices first, then Kabul's, then the UN and others), with one column per measure. Each
 * measure has ONE scale for the whole chart, every episode included, so a longer bar always
 * means a larger number. Pure: rows in, geometry out.
 */
import type { ContentData } from '../types.ts';
import { formatQuantity } from '../../data/quantity.ts';
import { formatDate, longPeriod, shortDate, shortPeriod } from '../../viz/format.ts';
import { ZERO_TEXT, openEndRoom } from '../../viz/glyph.ts';
import { claimantTone, type Token } from '../../viz/palette.ts';
import { NBSP, keep, spansWidth, textWidth, wrapSpans, type Span, type TextLine } from '../../viz/text.ts';
import { TYPE } from '../../viz/type.ts';
import {
  BLOCK_ORDER, ENCODING, MEASURES, MEASURE_LABELS, STATUS_TEXT, blockLabel, reachOf,
  type BlockKey, type Claim, type ClaimRow, type Encoding, type Measure,
} from './select.ts';

export interface Ctx {
  data: ContentData;
  actors: Map<string, ContentData['actors'][number]>;
  sources: Map<string, ContentData['sources'][number]>;
  events: Map<string, ContentData['events'][number]>;
  /** The measures drawn as columns (`columnsOf` the chart's rows), worked out once per build. */
  cols: Measure[];
}

/** One bar: a claim's figure for one measure, on that measure's chart-wide scale. */
export interface Bar {
  claim: string;
  measure: Measure;
  /** The number the bar reaches (the high end of a range). */
  value: number;
  /** Length on the measure's scale from zero to `value` (a range's bar starts later). */
  len: number;
  x: number;
  y: number;
  w: number;
  h: number;
  encoding: Encoding;
  /** "at least" / "more than": the open-ended glyph after the bar. */
  open: boolean;
  /** A range: the bar runs from its low end; `low` is where that is. */
  low?: number;
  /** A claim of zero ("has not killed any civilians"): a tick at the column's zero, labelled in words. */
  zero?: boolean;
  label: TextLine;
}

/** One claimant's figures for one block of whose losses: a line of the matrix. */
export interface Mark {
  id: string;
  tone: Token;
  claims: string[];
  lines: TextLine[];
  bars: Bar[];
  /** Phones: the status marker before the name (the key's swatch). */
  status?: { x: number; y: number; w: number; h: number; encoding: Encoding };
  tip: { title: string; value: string; meta: string; quote: string; source: string };
  ariaLabel: string;
}

export interface Matrix {
  width: number;
  height: number;
  texts: TextLine[];
  rules: { x1: number; x2: number; y: number }[];
  marks: Mark[];
  /** Key swatches: status fills and the open-ended glyph. */
  legend: { kind: Encoding | 'open' | 'zero'; tone: Token; x: number; y: number; w: number; h: number }[];
}

const S = TYPE.size;
const LH = TYPE.lh;
const BAR_H = 11;
const ROW_GAP = 5;
const COL_GAP = 16;
/**
 * Phones: the claimant's name in a column of its own beside the bars, so each line of the matrix
 * is one row. Its status is a marker before the name, drawn as the key draws it (a short bar's
 * fill cannot be read); its date is on the block's heading, or after the name where it differs
 * from the heading's (as on wide artboards, where status and date follow the name).
 */
const NAME_W = 168;
/** The status marker's side and the room it takes before the name. */
const MARKER = BAR_H - 1;
const MARKER_ROOM = MARKER + 4;
/** The second view's marks: radius of an earlier figure's ring and of the latest figure's dot; its chevron's height. */
export const RING_R = 2.4;
export const DOT_R = 3.6;
export const OPEN_H = 8;
const NARROW_COL_GAP = 4;

export const nameOf = (ctx: Ctx, id: string) => (ctx.actors.get(id)?.shortName ?? id).replace(/'/g, '’');
export const toneOf = (ctx: Ctx, id: string): Token => {
  const a = ctx.actors.get(id);
  if (!a) throw new Error(`casualty claim cites actor "${id}", which is not in the actors collection`);
  return claimantTone(a);
};
const TONE_ORDER: Token[] = ['side-pk', 'side-af', 'neutral'];

/**
 * A claimant's name for the name column: "Afghanistan’s Taliban authorities" becomes "Taliban
 * authorities" where the full name would wrap (a possessive country prefix before at least two
 * words); the full name stays in the tooltip, the second view and the table.
 */
export function fitName(name: string, width: number): string {
  if (textWidth(name, S, 650) <= width) return name;
  const m = /^[A-Z][a-z]+’s ((\S+ )+\S+)$/.exec(name);
  if (!m) return name;
  const short = m[1].charAt(0).toUpperCase() + m[1].slice(1);
  // then its first word, where that names the claimant on its own ("Taliban")
  const first = short.split(' ')[0];
  return textWidth(short, S, 650) > width && /^[A-Z][a-z]{3,}$/.test(first) ? first : short;
}

/** The figure as a bar label: the number only; the glyph carries "at least"/"more than". */
export const barText = (c: Claim) => (c.qualifier === 'at-least' || c.qualifier === 'more-than'
  ? formatQuantity(c.value, 'exact')
  : formatQuantity(c.value, c.qualifier));
export const isOpen = (c: Claim) => c.qualifier === 'at-least' || c.qualifier === 'more-than';

/**
 * A claim counts only part of its block (one outpost, one district, one day) when the content
 * names its incident (such a figure never stands for a claimant's total), or when it starts later
 * than its episode and the same claimant also gave a figure for the whole block: its line then
 * names what it counts. A claim of none is judged by the same rule as any other figure.
 */
function isPart(row: ClaimRow, rows: ClaimRow[], episodeStart: string): boolean {
  if (row.head.incident) return true;
  return row.head.period.start > episodeStart && rows.some((o) => o !== row && o.episode === row.episode
    && o.block === row.block && o.head.claimant.id === row.head.claimant.id
    && o.measure === row.measure && o.head.period.start === episodeStart);
}

/** The lines of the matrix: a claimant's current figures in one block, partial counts apart. */
export interface Line { episode: string; block: BlockKey; claimant: string; part: boolean; rows: ClaimRow[] }

export function linesOf(rows: ClaimRow[], ctx: Ctx): Line[] {
  const out = new Map<string, Line>();
  for (const r of rows) {
    // a denial in a measure nobody gave a number for ("none captured") has no column to stand in:
    // under "Killed" it would read as a count of the dead. It is in the data table.
    if (!ctx.cols.includes(r.measure)) continue;
    const start = ctx.events.get(r.episode)?.date ?? '';
    const part = isPart(r, rows, start);
    // a claim of no losses gets a line of its own: it is usually about one place or one night
    const key = [r.episode, r.block, r.head.claimant.id, part ? `${r.head.period.start}/${r.head.period.end ?? ''}` : '', reachOf(r.head) === 0 ? r.head.id : ''].join('|');
    if (!out.has(key)) out.set(key, { episode: r.episode, block: r.block, claimant: r.head.claimant.id, part, rows: [] });
    out.get(key)!.rows.push(r);
  }
  // within a block: Pakistan's voices, Kabul's, then others; whole counts before partial ones
  return [...out.values()].sort((a, b) => 0
    || BLOCK_ORDER.indexOf(a.block) - BLOCK_ORDER.indexOf(b.block)
    || TONE_ORDER.indexOf(toneOf(ctx, a.claimant)) - TONE_ORDER.indexOf(toneOf(ctx, b.claimant))
    || Number(a.part) - Number(b.part)
    || Math.max(...b.rows.map((r) => reachOf(r.head))) - Math.max(...a.rows.map((r) => reachOf(r.head)))
    || a.claimant.localeCompare(b.claimant));
}

/** Measures drawn as columns: those with a figure above zero anywhere in the chart. */
export const columnsOf = (rows: ClaimRow[]): Measure[] => MEASURES.filter((m) => rows.some((r) => r.measure === m && reachOf(r.head) > 0));

/** A block's heading, from every group its rows' claims are about. */
export const blockTitle = (rows: ClaimRow[], episode: string, block: BlockKey) =>
  blockLabel(block, rows.filter((r) => r.episode === episode && r.block === block).flatMap((r) => r.chain.map((c) => c.group)));

/**
 * A claim of zero as its mark's label: "none" in its measure's column; a measure with no column
 * (nobody gave a figure above zero for it) is named: "no casualties" (killed or wounded, not broken
 * down), "none captured". Sources word these as "has not killed any", "there were no casualties".
 */
export function zeroLabel(c: Pick<Claim, 'quote' | 'quoteForm' | 'counted'>, inColumn: boolean): string {
  // the digit where the source wrote one, else the word
  const none = !c.quoteForm && /(^|[^\d,.])0(?![\d,.]\d)/.test(c.quote) ? '0' : 'none';
  if (inColumn) return none;
  return c.counted === 'casualties' ? 'no casualties' : `${none} ${c.counted}`;
}
/** A claim of zero in words, for tooltips and screen readers. */
export const NONE_WORDS: Record<Measure, string> = { killed: 'none killed', wounded: 'none wounded', captured: 'none captured', casualties: 'no one killed or wounded' };
/** Half the zero tick's overhang above and below a bar's height (the kit's one zero mark). */
export { ZERO_OVER } from '../../viz/glyph.ts';

/** "stated 22 Feb", "stated 27 Feb–11 Mar" (or without "stated"): when a block's figures were given. */
function statedText(isos: string[], word: boolean): string {
  const sorted = [...new Set(isos)].sort();
  if (!sorted.length) return '';
  const [a, b] = [sorted[0], sorted.at(-1)!];
  return `${word ? `stated${NBSP}` : ''}${keep(a === b ? shortDate(a) : shortPeriod({ start: a, end: b }))}`;
}

const dateList = (isos: string[]) => [...new Set(isos)].sort().map(shortDate).join(' and ');

/** The measure columns and their scales: one per measure for the whole chart, both views. */
export interface Scales {
  cols: Measure[];
  wide: boolean;
  labelW: number;
  gap: number;
  colW: number;
  colX: (i: number) => number;
  /** Length along the measure's one scale from zero to `v`. */
  scale: (m: Measure, v: number) => number;
}

export function scalesOf(rows: ClaimRow[], W: number, cols = columnsOf(rows)): Scales {
  // names in a column of their own beside the bars; wide artboards add status and date to it
  const wide = W >= 600;
  const labelW = wide ? Math.round(W * 0.4) : NAME_W;
  const gap = wide ? COL_GAP : NARROW_COL_GAP;
  const left = labelW + gap;
  const colW = (W - left - gap * (cols.length - 1)) / cols.length;
  const colX = (i: number) => left + i * (colW + gap);
  // one scale per measure: as long as the widest label in that column still fits after its bar
  const maxOf = new Map<Measure, number>();
  const range = new Map<Measure, number>();
  for (const m of cols) {
    const inCol = rows.filter((r) => r.measure === m);
    // every figure drawn, the running counts' earlier ones included
    const max = Math.max(...inCol.flatMap((r) => r.steps.map((s) => s.reach)), 1);
    let len = colW;
    for (const r of inCol) {
      const text = textWidth(barText(r.head), S, 650);
      const bar = 4 + (isOpen(r.head) ? openEndRoom(BAR_H) : 0) + text;
      const v = reachOf(r.head);
      if (v > 0) len = Math.min(len, ((colW - bar) * max) / v);
      // the second view's label after the furthest dot of a running count
      const far = Math.max(...r.steps.map((s) => s.reach));
      const dot = DOT_R + (isOpen(r.head) ? openEndRoom(OPEN_H) - 2 : 0) + 3 + text;
      if (r.steps.length > 1 && far > 0) len = Math.min(len, ((colW - dot) * max) / far);
    }
    maxOf.set(m, max);
    range.set(m, len);
  }
  return { cols, wide, labelW, gap, colW, colX, scale: (m, v) => (v / maxOf.get(m)!) * range.get(m)! };
}

export function layoutMatrix(rows: ClaimRow[], ctx: Ctx, episodes: string[], W: number, sc = scalesOf(rows, W, ctx.cols)): Matrix {
  const texts: TextLine[] = [];
  const rules: Matrix['rules'] = [];
  const marks: Mark[] = [];
  const legend: Matrix['legend'] = [];
  const { cols, wide, labelW, colX, scale } = sc;

  let y = 3; // room for the first line's ascenders
  const push = (spans: Span[], x: number, width: number, role?: string, size = S, lh = LH) => {
    const ls = wrapSpans(spans, width - 2, size);
    ls.forEach((l, i) => texts.push({ x, y: y + size * 0.8 + i * lh, size, spans: l, role }));
    y += (ls.length - 1) * lh + size * 1.05;
  };

  // key: who gives the figure, then how it is drawn
  const tones = TONE_ORDER.filter((t) => rows.some((r) => toneOf(ctx, r.head.claimant.id) === t));
  const TONE_TEXT: Record<string, string> = { 'side-pk': 'Pakistan', 'side-af': 'Taliban authorities', neutral: 'UN and others' };
  // (phones: every line is its claimant's name in the claimant's colour, which is key enough)
  const key: Span[] = [{ text: 'Who gives the figure: ', cls: 'muted' }];
  tones.forEach((t, i) => key.push({ text: `${i ? ' · ' : ''}${keep(TONE_TEXT[t])}`, cls: 'name', tone: t }));
  if (wide) {
    push(key, 0, W);
    y += 6;
  }
  const kinds: (Encoding | 'open' | 'zero')[] = (['fill', 'tint', 'outline', 'hatch'] satisfies Encoding[]).filter((e) => rows.some((r) => ENCODING[r.head.status] === e));
  if (rows.some((r) => isOpen(r.head))) kinds.push('open');
  if (rows.some((r) => reachOf(r.head) === 0)) kinds.push('zero');
  const KIND_TEXT: Record<Encoding | 'open' | 'zero', string> = {
    fill: 'documented', tint: 'corroborated', outline: 'claimed', open: 'at least / more than', zero: ZERO_TEXT,
    hatch: [...new Set(rows.filter((r) => ENCODING[r.head.status] === 'hatch').map((r) => STATUS_TEXT[r.head.status]))].join(' or '),
  };
  let kx = 0;
  let ky = y;
  for (const k of kinds) {
    const w = 22 + 5 + textWidth(KIND_TEXT[k], S);
    if (kx > 0 && kx + w > W) { kx = 0; ky += LH + (wide ? 2 : 0); }
    legend.push({ kind: k, tone: 'neutral', x: kx, y: ky + 3, w: 22, h: BAR_H - 1 });
    texts.push({ x: kx + 27, y: ky + S * 0.8 + 1, size: S, spans: [{ text: KIND_TEXT[k], cls: 'muted' }] });
    kx += w + 14;
  }
  // column heads, once on phones (every measure has one scale for the whole chart), on the key's
  // last row when that row ends before the first column
  const colHeads = () => {
    cols.forEach((m, i) => texts.push({ x: colX(i), y: y + S * 0.8, size: S, spans: [{ text: MEASURE_LABELS[m], cls: 'muted' }], role: 'col' }));
    y += S * 1.05 + (wide ? 4 : 1);
  };
  if (!wide && kx - 14 + 8 <= colX(0)) {
    y = ky + 1;
    colHeads();
    y += 1;
  } else {
    y = ky + LH + (wide ? 8 : 2);
    if (!wide) colHeads();
  }

  // counts of one place or one day are in the table: the matrix answers "who says how many" for
  // each episode as a whole. A claim of none is a figure like any other (a tick at zero).
  const lines = linesOf(rows, ctx).filter((l) => !l.part);
  const phone = wide ? undefined : phoneRows(lines, ctx, labelW);
  for (const episode of episodes) {
    const inEp = lines.filter((l) => l.episode === episode);
    if (!inEp.length) continue;
    y += wide ? 4 : 2;
    rules.push({ x1: 0, x2: W, y });
    y += wide ? 8 : 5;
    push([{ text: ctx.events.get(episode)?.title ?? episode, cls: 'strong' }], 0, W, 'episode', TYPE.heading, TYPE.heading * 1.2);
    y += wide ? 6 : 2;
    if (wide) colHeads();
    for (const block of BLOCK_ORDER) {
      const inBlock = inEp.filter((l) => l.block === block);
      if (!inBlock.length) continue;
      y += wide ? 3 : 2;
      // named from the figures drawn in it (a claim of no losses about "people" is listed elsewhere)
      const title: Span = { text: blockTitle(inBlock.flatMap((l) => l.rows), episode, block), cls: 'strong' };
      // phones: when the block's figures were stated, right-aligned on its heading's line, and
      // each row stated on another day gives its own date after its name (see rowDates)
      const { heading, own } = phone?.dates.get(inBlock[0]) ?? { heading: [], own: new Map<Line, string>() };
      const isos = heading.length ? heading : inBlock.flatMap((l) => l.rows.map((r) => r.head.asserted));
      const fits = (t: string) => spansWidth([title], S) + 12 + textWidth(t, S) <= W - 1;
      const stated = wide ? '' : [statedText(isos, true), statedText(isos, false)].find(fits) ?? statedText(isos, true);
      if (stated && fits(stated)) {
        // (1 unit in from the edge: browsers end anchored text a fraction past its x)
        texts.push({ x: W - 1, y: y + S * 0.8, size: S, anchor: 'end', spans: [{ text: stated, cls: 'muted' }], role: 'stated' });
        push([title], 0, W, 'block');
      } else {
        push([title], 0, W, 'block');
        if (stated) push([{ text: stated, cls: 'muted' }], 0, W, 'stated');
      }
      y += wide ? 5 : 2;
      for (const line of inBlock) {
        const { bottom, ...mark } = layoutLine(line, ctx, labelW, wide, cols, colX, scale, y, own.get(line), phone?.names.get(line.claimant));
        marks.push(mark);
        y = bottom + (wide ? ROW_GAP : 2);
      }
    }
  }
  return { width: W, height: Math.ceil(y + 2), texts, rules, marks, legend };
}

/** Room between a row's name and its own date. */
const DATE_GAP = 5;

/** Whether a row's own date fits after its claimant's name (short form if need be) on phones. */
export function dateFollows(name: string, date: string, room: number): boolean {
  const w = DATE_GAP + textWidth(date, S);
  return textWidth(fitName(name, room - w), S, 650) + w <= room;
}

/**
 * Phones: which date a block's heading gives, and which rows give their own, after their name as
 * the wide layout does. Where every row was stated the same day the heading says so. Otherwise the
 * heading gives the date of the rows whose name leaves no room for a date (else the commonest
 * date), and every row stated on another day gives its own. Pure.
 */
export function rowDates(lines: Line[], follows: (l: Line, date: string) => boolean): { heading: string[]; own: Map<Line, string> } {
  const isosOf = (l: Line) => [...new Set(l.rows.map((r) => r.head.asserted))].sort();
  const key = (l: Line) => isosOf(l).join(' ');
  const own = new Map<Line, string>();
  const keys = [...new Set(lines.map(key))];
  if (keys.length === 1) return { heading: isosOf(lines[0]), own };
  const fixed = lines.filter((l) => !follows(l, statedText(isosOf(l), false)));
  const count = (k: string) => lines.filter((l) => key(l) === k).length;
  const byCount = (ks: string[]) => [...ks].sort((a, b) => count(b) - count(a) || a.localeCompare(b))[0];
  const headingKey = fixed.length ? byCount([...new Set(fixed.map(key))]) : byCount(keys);
  for (const l of lines) if (key(l) !== headingKey) own.set(l, statedText(isosOf(l), false));
  return { heading: headingKey.split(' '), own };
}

/**
 * Phones: each block's heading date and rows' own dates (keyed by the block's first line), and one
 * name per claimant for the whole chart: the longest form that leaves room for every own date of
 * its rows ("Afghanistan’s Taliban authorities", else "Taliban authorities", else "Taliban").
 */
export function phoneRows(lines: Line[], ctx: Ctx, labelW: number): { dates: Map<Line, { heading: string[]; own: Map<Line, string> }>; names: Map<string, string> } {
  const room = labelW - 2 - MARKER_ROOM;
  const dates = new Map<Line, { heading: string[]; own: Map<Line, string> }>();
  const need = new Map<string, number>();
  for (const l of lines) need.set(l.claimant, 0);
  for (const key of new Set(lines.map((l) => `${l.episode}|${l.block}`))) {
    const inBlock = lines.filter((l) => `${l.episode}|${l.block}` === key);
    const d = rowDates(inBlock, (l, date) => dateFollows(nameOf(ctx, l.claimant), date, room));
    dates.set(inBlock[0], d);
    for (const [l, date] of d.own) need.set(l.claimant, Math.max(need.get(l.claimant)!, DATE_GAP + textWidth(date, S)));
  }
  return { dates, names: new Map([...need].map(([id, w]) => [id, fitName(nameOf(ctx, id), room - w)])) };
}

function layoutLine(
  line: Line, ctx: Ctx, W: number, withMeta: boolean, cols: Measure[], colX: (i: number) => number,
  scale: (m: Measure, v: number) => number, top: number, date?: string, phoneName?: string,
): Mark & { bottom: number } {
  const claims = line.rows.map((r) => r.head);
  const first = claims[0];
  const name = nameOf(ctx, line.claimant);
  const tone = toneOf(ctx, line.claimant);
  const statuses = [...new Set(claims.map((c) => STATUS_TEXT[c.status]))].join(', ');
  const meta = [
    ...(line.part ? [first.subject] : []),
    keep(`${statuses} ${dateList(claims.map((c) => c.asserted))}`),
  ];
  // phones: the status marker, then the name
  const nx = withMeta ? 0 : MARKER_ROOM;
  const room = withMeta ? W - 8 : W - 2 - nx;
  // phones: a row's own date follows its name (the name in its short form if need be)
  const dateW = date ? DATE_GAP + textWidth(date, S) : 0;
  const shown = phoneName ?? fitName(name, room - dateW);
  const spans: Span[] = [{ text: shown, cls: 'name', tone }, ...(withMeta ? [{ text: ` · ${meta.join(' · ')}`, cls: 'muted' } satisfies Span] : [])];
  const wrapped = wrapSpans(spans, room, S);
  const lines: TextLine[] = wrapped.map((l, i) => ({ x: nx, y: top + S * 0.8 + i * LH, size: S, spans: l }));
  let textBottom = top + (wrapped.length - 1) * LH + S * 1.05;
  if (date) {
    // where even the short name leaves no room (rowDates avoids it), under the name
    const after = textWidth(shown, S, 650) + dateW <= room;
    lines.push({ x: after ? nx + textWidth(shown, S, 650) + DATE_GAP : nx, y: after ? lines[0].y : textBottom + S * 0.8 + 1, size: S, spans: [{ text: date, cls: 'muted' }], role: 'date' });
    if (!after) textBottom += S * 1.05 + 1;
  }
  // the bars sit on the name's first line
  const y = top + S * 0.45 - BAR_H / 2 + 1;
  const bars: Bar[] = line.rows.filter((r) => cols.includes(r.measure) || reachOf(r.head) === 0).map((r) => {
    // (a zero of a measure with no column sits at the first column's zero, named: "no casualties")
    const x0 = colX(Math.max(0, cols.indexOf(r.measure)));
    const c = r.head;
    const v = reachOf(c);
    if (v === 0) {
      return {
        claim: c.id, measure: r.measure, value: 0, len: 0, x: x0, y, w: 0, h: BAR_H, encoding: ENCODING[c.status], open: false, zero: true,
        label: { x: x0 + 5, y: y + BAR_H / 2 + S * 0.35, size: S, spans: [{ text: keep(zeroLabel(c, cols.includes(r.measure))), cls: 'value' }] },
      };
    }
    const low = Array.isArray(c.value) ? c.value[0] : undefined;
    const end = x0 + scale(r.measure, v);
    const start = low !== undefined ? x0 + scale(r.measure, low) : x0;
    const open = isOpen(c);
    return {
      claim: c.id, measure: r.measure, value: v, len: scale(r.measure, v), x: start, y, w: Math.max(1, end - start), h: BAR_H,
      encoding: ENCODING[c.status], open, ...(low !== undefined ? { low: start } : {}),
      label: { x: Math.max(end, x0) + (open ? openEndRoom(BAR_H) : 0) + 4, y: y + BAR_H / 2 + S * 0.35, size: S, spans: [{ text: keep(barText(c)), cls: 'value' }] },
    };
  });
  const bottom = Math.max(bars.length ? y + BAR_H : 0, textBottom);
  const status = withMeta ? undefined : { x: 0, y: y + (BAR_H - MARKER) / 2, w: MARKER, h: MARKER, encoding: ENCODING[first.status] };
  const src = [...new Set(claims.map((c) => c.source.id))].map((id) => ctx.sources.get(id)!).map((s) => `${s.publisher}, ${formatDate(s.date)}`);
  // (a claim of none in words; the tooltip's quote gives the source's)
  const valueText = line.rows.map((r) => (reachOf(r.head) === 0
    ? NONE_WORDS[r.measure]
    : `${formatQuantity(r.head.value, r.head.qualifier)} ${MEASURE_LABELS[r.measure].toLowerCase()}`)).join(', ');
  const speakers = [...new Set(claims.map((c) => c.speaker).filter(Boolean))].join('; ');
  return {
    // (a claim of none has a line of its own, named by its claim like a partial count's)
    id: `${line.episode}:${line.block}:${line.claimant}${line.part || claims.every((c) => reachOf(c) === 0) ? `:${claims[0].id}` : ''}`,
    tone,
    claims: claims.map((c) => c.id),
    lines,
    bars,
    ...(status ? { status } : {}),
    tip: {
      title: name,
      value: valueText,
      meta: [`${first.subject}, ${shortPeriod(first.period)}`, `stated ${dateList(claims.map((c) => c.asserted))}`, statuses, speakers].filter(Boolean).join(' · '),
      quote: [...new Set(claims.map((c) => (c.quoteTranslation ? `${c.quote} [${c.quoteTranslation}]` : c.quote)))].join(' … '),
      source: src.join('; '),
    },
    ariaLabel: `${name}${speakers ? ` (${speakers})` : ''}: ${valueText} (${first.subject}), ${longPeriod(first.period)}. `
      + `Stated ${[...new Set(claims.map((c) => formatDate(c.asserted)))].join(' and ')}; ${statuses}. Source: ${src.join('; ')}.`,
    bottom,
  };
}

export { NBSP };
