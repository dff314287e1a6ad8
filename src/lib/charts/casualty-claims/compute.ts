/**
 * casualty-claims: the 2026 fighting as claims. The lead view is a matrix of whose losses
 * against who says it, one line per claimant's current figures, one scale per measure for the
 * whole chart; the second view lists how each running count grew; the table lists every claim.
 * Nothing is summed, merged or averaged across claimants.
 */
import { formatDate } from '../../viz/format.ts';
import { sourcesOf } from '../sources.ts';
import type { ChartModel, ContentData } from '../types.ts';
import { ARTBOARDS, type Artboard } from '../../viz/type.ts';
import { MEASURE_LABELS, STATUS_TEXT, episodesOf, reachOf, selectRows, type ClaimRow } from './select.ts';
import { blockTitle, columnsOf, layoutMatrix, linesOf, nameOf, scalesOf, zeroLabel, type Ctx, type Matrix } from './matrix.ts';
import { layoutCounts, type Counts } from './counts.ts';
import { notesFor, summarise } from './summary.ts';

export { selectRows } from './select.ts';
export type { Bar, Mark, Matrix } from './matrix.ts';

export interface Geometry extends Matrix {
  narrow: boolean;
  /** The second view, drawn as its own SVG under the matrix. */
  counts: Counts;
}

function layoutFor(a: Artboard, rows: ClaimRow[], ctx: Ctx, episodes: string[]): Geometry {
  const W = ARTBOARDS[a];
  // one scale per measure for both views
  const sc = scalesOf(rows, W, ctx.cols);
  return roundDeep({ narrow: a === 'narrow', ...layoutMatrix(rows, ctx, episodes, W, sc), counts: layoutCounts(rows, ctx, W, sc, episodes) });
}

/**
 * Geometry rounded to 0.1 px: the SVG stays small and diffs stay readable. A bar's length keeps
 * two decimals, so that 12 and 13 stay apart at a phone's scale.
 */
function roundDeep<T>(v: T, step = 10): T {
  if (typeof v === 'number') return (Math.round(v * step) / step) as T;
  if (Array.isArray(v)) return v.map((x) => roundDeep(x)) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x, k === 'len' ? 100 : 10)])) as T;
  return v;
}

export function compute(data: ContentData): ChartModel<Geometry> {
  const rows = selectRows(data);
  const ctx: Ctx = {
    data,
    actors: new Map(data.actors.map((a) => [a.id, a])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    events: new Map(data.events.map((e) => [e.id, e])),
    cols: columnsOf(rows),
  };
  const episodes = episodesOf(data).map((e) => e.id);
  // what the chart draws of each record: the lead view's bars are whole-episode figures (a tick
  // for a claim of none); the second view's dots are their running counts; the rest is in the table only
  const drawn = new Set(linesOf(rows, ctx).filter((l) => !l.part).flatMap((l) => l.rows));
  const inChart = (r: ClaimRow, c: ClaimRow['head']) => {
    if (!drawn.has(r)) return ctx.cols.includes(r.measure) || r.head.incident ? 'not drawn: one place or day' : `not drawn: no number above zero for ${r.measure}`;
    if (reachOf(c) === 0) return 'tick at zero';
    if (c === r.head) return r.steps.length > 1 ? 'bar and last dot' : 'bar';
    return 'dot';
  };
  const tableRows = rows.flatMap((r) => r.chain.map((c) => [
    ctx.events.get(r.episode)?.title ?? r.episode,
    `${blockTitle(rows, r.episode, r.block)}: ${c.subject}`,
    MEASURE_LABELS[r.measure],
    `${nameOf(ctx, c.claimant.id)}${c.speaker ? ` (${c.speaker})` : ''}`,
    // a claim of none as the source worded it ("none", or "0" where it gave the digit); its quote is on the claim's page
    reachOf(c) === 0 ? zeroLabel(c, true) : r.steps.find((s) => s.claims.includes(c))!.valueText,
    STATUS_TEXT[c.status],
    formatDate(c.asserted),
    inChart(r, c),
    c.source.id,
  ]));
  return {
    summary: summarise(rows, ctx),
    layouts: { narrow: layoutFor('narrow', rows, ctx, episodes), wide: layoutFor('wide', rows, ctx, episodes) },
    table: {
      columns: ['Episode', 'Whose losses', 'Counted', 'Claimant', 'Figure', 'Status', 'Stated', 'In the chart', 'Source'],
      rows: tableRows,
      records: rows.flatMap((r) => r.chain.map((c) => ({ collection: 'claims' as const, id: c.id }))),
      linkColumn: 4,
    },
    sources: sourcesOf(data, rows.flatMap((r) => r.chain.map((c) => c.source.id))),
    originators: [...new Set(rows.flatMap((r) => r.chain.map((c) => nameOf(ctx, c.claimant.id))))],
    notes: notesFor(rows, ctx),
  };
}
