/**
 * militancy-deaths chart text at the marks: every drawn figure's value beside its marker (the
 * first figure of each series also names its publisher where there is room), placed by the kit's
 * placer; and the revised figures, printed as first given in a note under the axis.
 */
import type { Box } from '../../viz/box.ts';
import { placeLabels, type Obstacles, type PlaceRequest } from '../../viz/place.ts';
import { spansWidth, textWidth, type Span, type TextLine } from '../../viz/text.ts';
import { TYPE } from '../../viz/type.ts';
import type { ContentData } from '../types.ts';
import type { Mark } from './layout.ts';
import type { Classified } from './select.ts';
import { monthsText, tipFor, valueText, type Tip } from './text.ts';

const S = TYPE.size;
const LH = TYPE.lh;
/** Baseline of line `i` of a block whose box starts at `top`. */
const baseline = (top: number, i: number) => top + S * 0.78 + i * LH;
const round = (n: number) => Math.round(n * 10) / 10;

/** A revised figure in the note under the axis: its words, and what a tooltip shows. */
export interface Earlier { id: string; lines: TextLine[]; tip: Tip }

/** Places the value label of every mark, in place (on `labels` and `leader`). */
export function labelMarks(marks: Mark[], byId: Map<string, Classified>, hero: string | undefined, area: { bounds: Box; obstacles: Obstacles }): void {
  const named = new Set<string>();
  const requests: PlaceRequest<Span[][]>[] = [...marks].sort((a, b) => a.x - b.x).map((m) => {
    const c = byId.get(m.id)!;
    const value: Span = { text: valueText(c), cls: m.hero ? 'value' : 'plain' };
    const lines: Span[][] = [[value]];
    const alts = [lines];
    if (c.state === 'partial' && c.rec.through) {
      // the months it covers, on the value's line or under it
      const months: Span = { text: `(${monthsText(c.rec.through)})`, cls: 'muted' };
      alts.splice(0, 1, [[value, { ...months, text: ` ${months.text}` }]], [[value], [months]]);
    }
    if (!named.has(c.series)) {
      named.add(c.series);
      const name: Span = c.series === hero ? { text: `${c.name} `, cls: 'strong', tone: 'series-a' } : { text: `${c.name} `, cls: 'muted' };
      alts.unshift([[name, ...alts[0][0]], ...alts[0].slice(1)]);
    }
    return {
      key: m.id, x: m.x, y: m.y, r: m.r + (m.open ? 2 : 0),
      alts: alts.map((ls) => ({ w: Math.max(...ls.map((l) => spansWidth(l, S))), h: S + (ls.length - 1) * LH, value: ls })),
    };
  });
  const placed = placeLabels(requests, area.bounds, area.obstacles, S);
  const markOf = new Map(marks.map((m) => [m.id, m]));
  for (const p of placed) {
    const m = markOf.get(p.key)!;
    m.labels = p.value.map((spans, i) => ({ x: round(p.box.x1), y: round(baseline(p.box.y1, i)), size: S, spans }));
    if (p.leader) {
      const [x1, y1, x2, y2] = p.leader;
      m.leader = [round(x1), round(y1), round(x2), round(y2)];
    }
  }
}

/**
 * "Figures later revised, as first given: CRSS 7,655 (2014), 4,612 (2015); PICSS 1,969 (2024)",
 * flowed into lines `width` wide from (`x0`, `top`); each figure is its own text, so it can be a mark.
 */
export function revisionNote(revised: Classified[], publishers: string[], x0: number, width: number, top: number, data: ContentData): { texts: TextLine[]; earlier: Earlier[]; bottom: number } {
  if (!revised.length) return { texts: [], earlier: [], bottom: top };
  type Token = { spans: Span[]; id?: string; c?: Classified };
  const tokens: Token[] = 'Figures later revised, as first given:'.split(' ').map((w) => ({ spans: [{ text: w, cls: 'muted' }] }));
  const groups = publishers.map((pk) => revised.filter((c) => c.publisherKey === pk).sort((a, b) => a.rec.year - b.rec.year)).filter((g) => g.length);
  groups.forEach((g, gi) => {
    for (const w of g[0].name.split(' ')) tokens.push({ spans: [{ text: w, cls: 'strong' }] });
    g.forEach((c, i) => tokens.push({ spans: [{ text: `${valueText(c)} (${c.rec.year})${i < g.length - 1 ? ',' : gi < groups.length - 1 ? ';' : ''}`, cls: 'plain' }], id: c.rec.id, c }));
  });
  const space = textWidth(' ', S);
  const texts: TextLine[] = [];
  const earlier: Earlier[] = [];
  let x = 0;
  let row = 0;
  let run: Token[] = [];
  let runX = 0;
  const flush = () => {
    if (run.length) texts.push({ x: round(x0 + runX), y: round(baseline(top, row)), size: S, spans: run.flatMap((t, i) => (i ? [{ text: ' ', cls: 'plain' as const }, ...t.spans] : t.spans)) });
    run = [];
  };
  for (const t of tokens) {
    const w = spansWidth(t.spans, S);
    if (x > 0 && x + w > width - 1) { flush(); row++; x = 0; }
    if (t.id) {
      flush();
      earlier.push({ id: t.id, lines: [{ x: round(x0 + x), y: round(baseline(top, row)), size: S, spans: t.spans }], tip: tipFor(t.c!, data) });
    } else {
      if (!run.length) runX = x;
      run.push(t);
    }
    x += w + space;
  }
  flush();
  return { texts, earlier, bottom: top + S + row * LH };
}
