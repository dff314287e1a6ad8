/**
 * Chart text measurement from a table of the chart font's real advance widths
 * (metrics.json, measured in Chromium by scripts/viz/measure-fonts.ts). One model for every
 * chart: layout, wrapping, label placement and the tests that check for collisions use it.
 */
import metrics from './metrics.json' with { type: 'json' };

export type Weight = 400 | 650;
const TABLE = metrics.weights as Record<string, Record<string, number>>;
/** A character the table lacks counts as wide as an "M": layouts err on the roomy side. */
const UNKNOWN = 0.9;

/** Width in px of `text` at `size` px. */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const t = TABLE[weight];
  let em = 0;
  for (const ch of text) em += t[ch] ?? UNKNOWN;
  return em * size;
}

/** A run of text in one style; `cls` is a class the component maps to CSS. */
export interface Span {
  text: string;
  cls: 'name' | 'strong' | 'muted' | 'value' | 'step' | 'plain';
  /** A palette token for coloured runs (a claimant's name in its side's colour). */
  tone?: string;
  /** Where the run starts, when it does not follow on from the one before (after a drawn glyph). */
  x?: number;
}
const BOLD = new Set<Span['cls']>(['name', 'strong', 'value']);
export const spanWeight = (s: Span): Weight => (BOLD.has(s.cls) ? 650 : 400);
export const spansWidth = (spans: Span[], size: number) => spans.reduce((w, s) => w + textWidth(s.text, size, spanWeight(s)), 0);

/** One line of SVG text: `y` is the baseline. `anchor` as SVG's text-anchor. */
export interface TextLine {
  x: number;
  y: number;
  size: number;
  spans: Span[];
  anchor?: 'start' | 'middle' | 'end';
  /** Extra role class (headings). */
  role?: string;
}

/** Characters that must not break a value or a date across lines. */
export const NBSP = '\u00a0';
export const keep = (s: string) => s.replace(/ /g, NBSP);

function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && last.cls === s.cls && last.tone === s.tone) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * Greedy word wrap of styled spans into lines no wider than `maxWidth`; breaks at ordinary
 * spaces only (values written with `keep` stay whole). A word wider than a line gets its own line.
 */
export function wrapSpans(spans: Span[], maxWidth: number, size: number): Span[][] {
  const words: Span[][] = [[]];
  for (const s of spans) {
    s.text.split(' ').forEach((p, i) => {
      if (i > 0) words.push([]);
      if (p) words.at(-1)!.push({ ...s, text: p });
    });
  }
  const lines: Span[][] = [];
  let line: Span[] = [];
  let width = 0;
  for (const word of words.filter((w) => w.length)) {
    const w = spansWidth(word, size);
    const space = line.length ? spansWidth([{ ...line.at(-1)!, text: ' ' }], size) : 0;
    if (line.length && width + space + w > maxWidth) {
      lines.push(merge(line));
      line = [];
      width = 0;
    }
    if (line.length) {
      line.push({ ...line.at(-1)!, text: ' ' });
      width += space;
    }
    line.push(...word);
    width += w;
  }
  if (line.length) lines.push(merge(line));
  return lines;
}

/** Plain-text wrap: lines of one style. */
export const wrap = (text: string, maxWidth: number, size: number, cls: Span['cls'] = 'plain') =>
  wrapSpans([{ text, cls }], maxWidth, size).map((l) => l.map((s) => s.text).join(''));

/** Lines stacked from a top edge: baselines for `count` lines of `size` px with line height `lh`. */
export const baselines = (top: number, count: number, size: number, lh: number) =>
  Array.from({ length: count }, (_, i) => top + size * 0.8 + i * lh);
