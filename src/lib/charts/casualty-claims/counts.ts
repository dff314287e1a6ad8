/**
 * The second view: how each running count grew ("133 → 274 → … → 583"), one entry per count
 * that changed at least once, with the date of each step. Text only, so it draws no second scale.
 */
import { shortDate, shortPeriod } from '../../viz/format.ts';
import { NBSP, keep, wrapSpans, type Span, type TextLine } from '../../viz/text.ts';
import { TYPE } from '../../viz/type.ts';
import { NONE, blockTitle, linesOf, nameOf, toneOf, type Ctx } from './matrix.ts';
import { MEASURE_LABELS, STATUS_TEXT, reachOf, type ClaimRow } from './select.ts';

export interface Counts { width: number; height: number; texts: TextLine[]; rules: { x1: number; x2: number; y: number }[] }

/** "27 Feb: 133 → 274 → at least 274 (Pakistan’s military) · 28 Feb: 297 …" */
export function stepSpans(ctx: Ctx, row: ClaimRow): Span[] {
  const spans: Span[] = [];
  let date = '';
  row.steps.forEach((s, i) => {
    if (s.asserted !== date) {
      if (i > 0) spans.push({ text: `${NBSP}· `, cls: 'muted' });
      spans.push({ text: `${keep(shortDate(s.asserted))}: `, cls: 'muted' });
      date = s.asserted;
    } else spans.push({ text: `${NBSP}→ `, cls: 'muted' });
    spans.push({ text: keep(s.valueText), cls: 'step' });
    if (!s.claims.some((c) => c.claimant.id === row.head.claimant.id)) spans.push({ text: ` (${nameOf(ctx, s.claims[0].claimant.id)})`, cls: 'muted' });
  });
  return spans;
}

export const runningCounts = (rows: ClaimRow[]) => rows.filter((r) => r.steps.length > 1);

export function layoutCounts(rows: ClaimRow[], ctx: Ctx, W: number): Counts {
  const S = TYPE.size;
  const texts: TextLine[] = [];
  const rules: Counts['rules'] = [];
  let y = 3; // room for the first line's ascenders
  const push = (spans: Span[], role?: string, size = S) => {
    for (const l of wrapSpans(spans, W - 2, size)) {
      texts.push({ x: 0, y: y + size * 0.8, size, spans: l, role });
      y += TYPE.lh;
    }
  };
  push([{ text: 'How the running counts grew', cls: 'strong' }], 'episode', TYPE.heading);
  y += 2;
  push([{ text: 'Each claimant’s figures in the order given; the bars show the latest.', cls: 'muted' }]);
  const groups = new Map<string, ClaimRow[]>();
  for (const r of runningCounts(rows)) {
    const k = `${r.episode}|${r.block}|${r.head.claimant.id}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  for (const group of groups.values()) {
    const r0 = group[0];
    y += 5;
    rules.push({ x1: 0, x2: W, y: y - 2 });
    y += 2;
    push([{ text: nameOf(ctx, r0.head.claimant.id), cls: 'name', tone: toneOf(ctx, r0.head.claimant.id) }, { text: ` · ${blockTitle(rows, r0.episode, r0.block)}`, cls: 'muted' }]);
    for (const r of group) push([{ text: `${MEASURE_LABELS[r.measure]} `, cls: 'strong' }, ...stepSpans(ctx, r)]);
  }
  /** A titled list of entries, each a claimant's name and what it said, ruled off. */
  const section = (title: string, entries: Span[][]) => {
    if (!entries.length) return;
    y += 10;
    push([{ text: title, cls: 'strong' }], 'episode', TYPE.heading);
    for (const spans of entries) {
      y += 5;
      rules.push({ x1: 0, x2: W, y: y - 2 });
      y += 2;
      push(spans);
    }
  };
  const who = (id: string): Span => ({ text: nameOf(ctx, id), cls: 'name', tone: toneOf(ctx, id) });
  const stated = (c: ClaimRow['head']) => keep(`${STATUS_TEXT[c.status]} ${shortDate(c.asserted)}`);
  section('Counts of one place or one day', linesOf(rows, ctx).filter((l) => l.part && l.rows.some((r) => reachOf(r.head) > 0)).map((l) => {
    const c = l.rows[0].head;
    const figures = l.rows.filter((r) => reachOf(r.head) > 0).map((r) => `${r.steps.at(-1)!.valueText} ${MEASURE_LABELS[r.measure].toLowerCase()}`).join(', ');
    return [who(l.claimant), { text: ` · ${c.subject} (${keep(shortPeriod(c.period))}): `, cls: 'muted' }, { text: keep(figures), cls: 'step' }, { text: ` · ${stated(c)}`, cls: 'muted' }];
  }));
  section('Claims of no losses', rows.filter((r) => reachOf(r.head) === 0).map((r) => {
    const c = r.head;
    const oneDay = c.period.start === c.asserted && (c.period.end ?? c.period.start) === c.period.start;
    return [who(c.claimant.id), { text: ` · ${NONE[r.measure]}: ${c.subject}${oneDay ? '' : ` (${keep(shortPeriod(c.period))})`} · `, cls: 'muted' }, { text: stated(c), cls: 'muted' }];
  }));
  return { width: W, height: Math.ceil(y + 4), texts, rules };
}
