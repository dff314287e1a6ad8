/**
 * The second view: how each running count grew. One row per claimant line that revised a
 * figure, in the lead view's columns and on the lead view's scales (the same length from zero
 * for the same number), each figure a dot in the order given: earlier figures small rings (the
 * chevron alone for an "at least"/"more than"), the latest a solid dot (the end of the bar
 * above), joined by a thin line from the first. Under each row, in words, each count first →
 * latest and when it started (the figures are written there once, not again beside the dots).
 * Every step's date is in the tooltip and the data table. Counts of one place or one day are in
 * the table (see the notes); this view is only the running counts.
 */
import { formatDate, shortDate } from '../../viz/format.ts';
import { openEndRoom } from '../../viz/glyph.ts';
import type { Token } from '../../viz/palette.ts';
import { NBSP, keep, textWidth, wrapSpans, type Span, type TextLine } from '../../viz/text.ts';
import { TYPE } from '../../viz/type.ts';
import { DOT_R, OPEN_H, RING_R, barText, blockTitle, fitName, isOpen, linesOf, nameOf, phoneRows, toneOf, type Ctx, type Scales } from './matrix.ts';
import { BLOCK_ORDER, MEASURE_LABELS, type ClaimRow, type Measure } from './select.ts';

const S = TYPE.size;
const LH = TYPE.lh;

/** One running series: a claimant's figures for one measure, oldest first. */
export interface Trail {
  measure: Measure;
  /** The claims drawn, oldest first (a repeated figure is one dot: its records share it). */
  claims: string[];
  /** x of the column's zero: each dot sits at zero + the measure's scale of its value. */
  x0: number;
  y: number;
  /** `open`: an earlier figure given as "at least"/"more than" is drawn as the chevron, not a ring. */
  dots: { x: number; value: number; latest: boolean; open: boolean }[];
  /** The thin line from the first figure to the latest. */
  from: number;
  to: number;
  open: boolean;
}

export interface CountsMark {
  id: string;
  tone: Token;
  claims: string[];
  lines: TextLine[];
  /** The open-ended glyphs in the row's words line ("2 Mar: 34› → 56 killed"). */
  glyphs: { x: number; y: number }[];
  /** Its arrows, drawn (the chart face has no "→"): where each starts, on the text's middle. */
  arrows: { x: number; y: number }[];
  trails: Trail[];
  tip: { title: string; value: string; meta: string; source: string };
  /** The tooltip's links: each count's first and latest figure, as [label, claim id]. */
  links: [string, string][];
  ariaLabel: string;
}

export interface Counts {
  width: number;
  height: number;
  texts: TextLine[];
  rules: { x1: number; x2: number; y: number }[];
  marks: CountsMark[];
  /** The key's ring and dot. */
  key: { x: number; y: number; latest: boolean }[];
}

/** "133, 274, at least 274, 297 on 27 Feb; 352, at least 415 on 28 Feb; …" */
function byDay(r: ClaimRow): string {
  const days = new Map<string, string[]>();
  for (const s of r.steps) days.set(s.asserted, [...(days.get(s.asserted) ?? []), s.valueText]);
  return [...days].map(([d, xs]) => `${xs.join(', ')} on ${shortDate(d)}`).join('; ');
}

export const runningCounts = (rows: ClaimRow[]) => rows.filter((r) => r.steps.length > 1);

/** One word of a row's words line; `open` ends it with the open-ended glyph (no break before it). */
interface Word { text: string; open?: boolean; arrow?: boolean }

/**
 * "27 Feb: 8 → 13 killed, 11 → 22 wounded": where each count started, when, and where it
 * stands now, so that a count whose dots sit on one another on the scale still reads as a change.
 * A figure given as "at least" or "more than" is its number and the chart's one open-ended glyph,
 * as in the bars (the tooltip and the table keep the source's words).
 */
function startTokens(trails: ClaimRow[]): Word[] {
  const byDate = new Map<string, ClaimRow[]>();
  for (const r of trails) byDate.set(r.steps[0].asserted, [...(byDate.get(r.steps[0].asserted) ?? []), r]);
  const fig = (c: ClaimRow['head']): Word => ({ text: barText(c).replace(/ /g, NBSP), open: isOpen(c) });
  const groups = [...byDate];
  // (on phones a row has a line for this: "From" would wrap the longest rows)
  return groups.flatMap(([d, rs], i) => [
    { text: `${keep(shortDate(d))}:` },
    ...rs.flatMap((r, j) => [fig(r.chain[0]), { ...fig(r.head), arrow: true }, {
      text: `${MEASURE_LABELS[r.measure].toLowerCase()}${j < rs.length - 1 ? ',' : i < groups.length - 1 ? ';' : ''}`,
    }]),
  ]);
}

/** Room the glyph takes after a word of the words line. */
const GLYPH_W = 9;
/** Room a drawn arrow takes before its word (its shaft and head 8 units long). */
const ARROW_W = 11;

/**
 * Greedy wrap of tokens from (0, top) within `width`: text lines, each broken where a glyph or an
 * arrow is drawn (so it sits exactly beside its number whatever the browser's own spacing), and
 * their positions.
 */
function layoutTokens(tokens: Word[], top: number, width: number): { lines: TextLine[]; glyphs: { x: number; y: number }[]; arrows: { x: number; y: number }[]; bottom: number } {
  const space = textWidth(' ', S);
  const lines: TextLine[] = [];
  const glyphs: { x: number; y: number }[] = [];
  const arrows: { x: number; y: number }[] = [];
  let x = 0;
  let row = 0;
  let run: { x: number; text: string } | null = null;
  let spans: Span[] = [];
  const base = () => top + S * 0.8 + row * LH;
  // a run after a glyph is a tspan placed at its own x, in the line's one <text>
  const flush = () => { if (run) spans.push({ text: run.text, cls: 'muted', ...(spans.length || run.x > 0 ? { x: run.x } : {}) }); run = null; };
  const endLine = () => { flush(); if (spans.length) lines.push({ x: 0, y: base(), size: S, spans }); spans = []; };
  for (const t of tokens) {
    const w = (t.arrow ? ARROW_W + space : 0) + textWidth(t.text, S) + (t.open ? GLYPH_W : 0);
    if (x > 0 && x + space + w > width) { endLine(); row++; x = 0; }
    let gap = x > 0 ? space : 0;
    if (t.arrow) {
      flush();
      arrows.push({ x: x + gap, y: base() - S * 0.3 });
      x += gap + ARROW_W;
      gap = space;
    }
    if (run) run.text += ` ${t.text}`;
    else run = { x: x + gap, text: t.text };
    x += gap + textWidth(t.text, S);
    if (t.open) {
      flush();
      glyphs.push({ x, y: base() - S * 0.35 });
      x += GLYPH_W;
    }
  }
  endLine();
  return { lines, glyphs, arrows, bottom: top + row * LH + S * 1.05 };
}

export function layoutCounts(rows: ClaimRow[], ctx: Ctx, W: number, sc: Scales, episodes: string[]): Counts {
  const texts: TextLine[] = [];
  const rules: Counts['rules'] = [];
  const marks: CountsMark[] = [];
  const key: Counts['key'] = [];
  const { cols, colX, scale, labelW, wide } = sc;
  // wide artboards (desktop, print) have room to breathe; phones keep the view compact
  const air = wide ? 4 : 0;
  let y = 3; // room for the first line's ascenders
  const push = (spans: Span[], x: number, width: number, role?: string, size = S) => {
    const ls = wrapSpans(spans, width - 2, size);
    const lh = size > S ? size * 1.2 : LH;
    ls.forEach((l, i) => texts.push({ x, y: y + size * 0.8 + i * lh, size, spans: l, role }));
    y += (ls.length - 1) * lh + size * 1.05;
  };
  push([{ text: 'How the running counts grew', cls: 'strong' }], 0, W, 'episode', TYPE.heading);
  y += 4;
  // key: a ring per earlier figure, the dot for the latest (the end of its bar above)
  const keyItems: [boolean, string][] = [[false, 'earlier figures'], [true, 'latest, as in the bars']];
  let kx = 0;
  for (const [latest, text] of keyItems) {
    const w = 12 + textWidth(text, S);
    if (kx > 0 && kx + w > W) { kx = 0; y += LH; }
    key.push({ x: kx + 4, y: y + S * 0.45, latest });
    texts.push({ x: kx + 12, y: y + S * 0.8, size: S, spans: [{ text, cls: 'muted' }] });
    kx += w + 14;
  }
  // the column heads on the key's line where it ends before the first column
  const headsY = kx - 14 + 8 <= colX(0) ? y : y + LH;
  cols.forEach((m, i) => texts.push({ x: colX(i), y: headsY + S * 0.8, size: S, spans: [{ text: MEASURE_LABELS[m], cls: 'muted' }], role: 'col' }));
  y = headsY + S * 1.05 + 2;

  const running = new Set(runningCounts(rows));
  // phones: each claimant named as in the lead view
  const names = wide ? undefined : phoneRows(linesOf(rows, ctx).filter((l) => !l.part), ctx, labelW).names;
  const lines = linesOf(rows, ctx).filter((l) => !l.part && l.rows.some((r) => running.has(r)));
  for (const episode of episodes) {
    const inEp = lines.filter((l) => l.episode === episode);
    if (!inEp.length) continue;
    y += 3 + air;
    rules.push({ x1: 0, x2: W, y });
    y += 6 + air;
    push([{ text: ctx.events.get(episode)?.title ?? episode, cls: 'strong' }], 0, W, 'episode', TYPE.heading);
    for (const block of BLOCK_ORDER) {
      const inBlock = inEp.filter((l) => l.block === block);
      if (!inBlock.length) continue;
      y += 3 + air;
      push([{ text: blockTitle(inBlock.flatMap((l) => l.rows), episode, block), cls: 'strong' }], 0, W, 'block');
      for (const line of inBlock) {
        const series = line.rows.filter((r) => running.has(r) && cols.includes(r.measure));
        const name = nameOf(ctx, line.claimant);
        const tone = toneOf(ctx, line.claimant);
        const top = y + 1;
        const cy = top + S * 0.45 + 1;
        const nameLines = wrapSpans([{ text: names?.get(line.claimant) ?? fitName(name, labelW - 8), cls: 'name', tone }], labelW - 8, S);
        const own: TextLine[] = nameLines.map((l, i) => ({ x: 0, y: top + S * 0.8 + i * LH, size: S, spans: l }));
        const trails = series.map((r): Trail => {
          const x0 = colX(cols.indexOf(r.measure));
          const dots = r.steps.map((s, i) => ({ x: x0 + scale(r.measure, s.reach), value: s.reach, latest: i === r.steps.length - 1, open: isOpen(s.claims[0]) }));
          const last = dots.at(-1)!;
          const open = isOpen(r.head);
          return {
            measure: r.measure, claims: r.chain.map((c) => c.id), x0, y: cy, dots, from: dots[0].x, to: last.x, open,
          };
        });
        y = top + (nameLines.length - 1) * LH + S * 1.05;
        // where the counts started, and when, under the row
        const start = layoutTokens(startTokens(series), y, W - 2);
        own.push(...start.lines);
        y = start.bottom + 4 + air / 2;
        // the tooltip: first and latest in large, every step with its day under them, the latest's source
        const sources = [...new Set(series.map((r) => r.head.source.id))].map((id) => ctx.sources.get(id)!);
        marks.push({
          id: `${line.episode}:${line.block}:${line.claimant}:counts`,
          tone,
          claims: series.flatMap((r) => r.chain.map((c) => c.id)),
          lines: own,
          glyphs: start.glyphs,
          arrows: start.arrows,
          trails,
          tip: {
            title: `${name}: how the count grew`,
            value: series.map((r) => `${MEASURE_LABELS[r.measure]}: ${r.steps[0].valueText} → ${r.steps.at(-1)!.valueText}`).join(' · '),
            meta: series.map((r) => `${MEASURE_LABELS[r.measure]} ${byDay(r)}`).join(' · '),
            source: `Latest: ${sources.map((x) => `${x.publisher}, ${formatDate(x.date)}`).join('; ')}`,
          },
          links: series.flatMap((r): [string, string][] => [
            [`${MEASURE_LABELS[r.measure]}, first (${shortDate(r.chain[0].asserted)})`, r.chain[0].id],
            [`${MEASURE_LABELS[r.measure]}, latest (${shortDate(r.head.asserted)})`, r.head.id],
          ]),
          ariaLabel: `${name} (${blockTitle(line.rows, line.episode, line.block)}): ${series.map((r) => `${MEASURE_LABELS[r.measure]} ${byDay(r)}.`).join(' ')}`,
        });
      }
    }
  }
  return { width: W, height: Math.ceil(y + 2), texts, rules, marks, key };
}
