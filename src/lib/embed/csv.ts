/** A chart's CSV download: exactly the rows of its data table, with the sources of each row spelled out. */
import { csvFromRows } from '../data/csv.ts';
import type { ChartModel } from '../charts/types.ts';

const ids = (cell: string) => cell.split(/[;,]\s*/).map((s) => s.trim()).filter(Boolean);

export function chartCsv(model: ChartModel<unknown>): string {
  const { columns, rows } = model.table;
  const byId = new Map(model.sources.map((s) => [s.id, s]));
  // The column that holds source ids: every non-empty cell lists only the chart's sources.
  const sourceCol = columns.findIndex((_, i) => rows.some((r) => r[i]) && rows.every((r) => !r[i] || ids(r[i]).every((id) => byId.has(id))));
  const header = sourceCol < 0 ? columns : [...columns, 'Source publisher', 'Source title', 'Source date', 'Source URL'];
  const body = rows.map((r) => {
    if (sourceCol < 0) return r;
    const found = ids(r[sourceCol] ?? '').map((id) => byId.get(id)!);
    const join = (f: (s: (typeof found)[number]) => string | undefined) => found.map((s) => f(s) ?? '').join('; ');
    return [...r, join((s) => s.publisher), join((s) => s.title), join((s) => s.date), join((s) => s.url)];
  });
  return csvFromRows([header, ...body]);
}
