/** A chart's CSV download: exactly the rows of its data table, with the source of each row spelled out. */
import { stringify } from 'csv-stringify/sync';
import type { ChartModel } from '../charts/types.ts';

export function chartCsv(model: ChartModel<unknown>): string {
  const { columns, rows } = model.table;
  const byId = new Map(model.sources.map((s) => [s.id, s]));
  // The column that holds source ids: every non-empty cell is one of the chart's sources.
  const sourceCol = columns.findIndex((_, i) => rows.some((r) => r[i]) && rows.every((r) => !r[i] || byId.has(r[i])));
  const header = sourceCol < 0 ? columns : [...columns, 'Source publisher', 'Source title', 'Source date', 'Source URL'];
  const body = rows.map((r) => {
    if (sourceCol < 0) return r;
    const s = byId.get(r[sourceCol]);
    return [...r, s?.publisher ?? '', s?.title ?? '', s?.date ?? '', s?.url ?? ''];
  });
  return stringify([header, ...body]);
}
