/**
 * Text measuring and wrapping for build-time SVG labels. Widths are estimated per character
 * (no font metrics at build time), on the generous side of Inter's average of about 0.55 em so
 * that wrapped lines keep a margin when a fallback font is used.
 */

/** A run of text in one style. `voice` colours a claimant's name by the side it speaks for. */
export interface Span {
  text: string;
  cls: 'name' | 'strong' | 'muted' | 'value' | 'step' | 'plain';
  voice?: string;
}

/** One line of SVG text: `y` is the baseline, `size` the font size in px. */
export interface TextLine {
  x: number;
  y: number;
  size: number;
  spans: Span[];
  width: number;
  /** Extra class on the <text> element (heading sizes). */
  role?: 'episode' | 'block' | 'panel';
}

/** Average advance per character, in em: regular and bold (Inter's bold runs wider). */
export const EM_REGULAR = 0.55;
export const EM_BOLD = 0.6;

const isBold = (s: Span) => s.cls === 'name' || s.cls === 'strong' || s.cls === 'value';

export function spanWidth(s: Span, size: number): number {
  return [...s.text].length * size * (isBold(s) ? EM_BOLD : EM_REGULAR);
}

export function spansWidth(spans: Span[], size: number): number {
  return spans.reduce((w, s) => w + spanWidth(s, size), 0);
}

/** Merge neighbouring spans of the same style so the SVG has few <tspan>s. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && last.cls === s.cls && last.voice === s.voice) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * Greedy word wrap of styled spans into lines no wider than `maxWidth`. Words break at ordinary
 * spaces only, so "at least 274" written with no-break spaces stays on one line. A word longer
 * than a whole line gets a line of its own (the layout tests catch that case).
 */
export function wrapSpans(spans: Span[], maxWidth: number, size: number): Span[][] {
  const words: Span[][] = [[]];
  for (const s of spans) {
    const parts = s.text.split(' ');
    parts.forEach((p, i) => {
      if (i > 0) words.push([]);
      if (p) words.at(-1)!.push({ ...s, text: p });
    });
  }
  const lines: Span[][] = [];
  let line: Span[] = [];
  let width = 0;
  for (const word of words.filter((w) => w.length)) {
    const w = spansWidth(word, size);
    // the space takes the style of the word before it, and its width
    const space = line.length ? spanWidth({ ...line.at(-1)!, text: ' ' }, size) : 0;
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

/** Characters that must not break a value or a date across lines. */
export const NBSP = '\u00a0';
export const keep = (s: string) => s.replace(/ /g, NBSP);
