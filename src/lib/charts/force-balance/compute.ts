/**
 * force-balance: Pakistan against the Taliban. Categories where both sides have a figure are
 * compared as paired bars on that category's one scale (a source's "none" is a figure, zero, with
 * its quote); categories where only one side has a figure are a factbox, the chart's second view;
 * "no estimate" only where no source gives one. The estimators (IISS, SIPRI) are the source line;
 * the outlets that reported them are the provenance. select.ts picks the figures, layout.ts draws
 * an artboard, text.ts writes the words.
 */
import { actorName, sourcesOf } from '../sources.ts';
import type { ChartModel, ContentData } from '../types.ts';
import { layoutFactbox, layoutLead, type ForceGeometry } from './layout.ts';
import { selectRows } from './select.ts';
import { NOTES, summaryOf, tableOf } from './text.ts';

export type { Bar, Factbox, ForceGeometry, KeyMark } from './layout.ts';
export { CATEGORIES, SIDES, SIDE_LABELS, pickEstimate, pickPair } from './select.ts';

export function computeForceBalance(data: ContentData): ChartModel<ForceGeometry> {
  const sel = selectRows(data);
  const artboard = (a: 'narrow' | 'wide'): ForceGeometry => ({ ...layoutLead(a, sel.compared, data), factbox: layoutFactbox(a, sel.single, data) });
  return {
    summary: summaryOf(sel, data),
    layouts: { narrow: artboard('narrow'), wide: artboard('wide') },
    table: tableOf(sel.rows, data),
    sources: sourcesOf(data, sel.plotted.map((f) => f.source.id)),
    originators: [...new Set(sel.plotted.map((f) => actorName(data, f.estimatedBy.id)))],
    notes: NOTES,
  };
}
