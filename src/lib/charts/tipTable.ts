/**
 * Tooltip data written once per chart. Every mark is drawn on both artboards, and a quote of 30
 * words repeated on each of them was most of a chart's markup; so a chart's tooltips are one JSON
 * table per chart and each mark carries only its row number (data-tip="3"). The kit hands rows
 * out as the marks are drawn: Chart.astro gives each render of a chart one `TipRows`, the chart
 * components spread `tips.mark({ title, value, … })` on a mark, and ChartFrame writes `tips.rows`
 * (fields: title, value, meta, quote, source; links, JSON [label, path] pairs of the records'
 * pages). Tooltips are an enhancement (src/scripts/tips.ts): without scripts a chart reads from its
 * SVG text, summary and data table, which do not change.
 */
export const TIP_FIELDS = ['title', 'value', 'meta', 'quote', 'source', 'links'] as const;
export type TipField = (typeof TIP_FIELDS)[number];
export type Tip = Partial<Record<TipField, string>>;

/** One chart render's tooltip table: a mark asks for its row; the same tooltip (the same mark on both artboards) shares one. */
export class TipRows {
  readonly rows: Tip[] = [];
  #index = new Map<string, number>();

  /** The mark's attribute: its row of the table (fields without a value are left out, as attributes would be). */
  mark(tip: Partial<Record<TipField, string | null | undefined>>): { 'data-tip': string } {
    const row: Tip = {};
    for (const f of TIP_FIELDS) if (tip[f] != null) row[f] = String(tip[f]);
    const key = JSON.stringify(row);
    let n = this.#index.get(key);
    if (n === undefined) this.#index.set(key, (n = this.rows.push(row) - 1));
    return { 'data-tip': String(n) };
  }
}

/** The table as the content of a `<script type="application/json">` (no "</script" can end it early). */
export const tipJson = (tips: Tip[]) => JSON.stringify(tips).replace(/</g, '\\u003c');
