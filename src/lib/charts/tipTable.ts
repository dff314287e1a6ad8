/**
 * Tooltip data written once per chart. The chart components put the tooltip of each mark on the
 * mark itself (data-tip-title, -value, -meta, -quote, -source; -links, JSON [label, path] pairs
 * of the records' pages); every mark is drawn on both artboards, and a quote of 30 words
 * repeated on each of them was most of a chart's markup. The frame moves those attributes into
 * one JSON table per chart, and each mark keeps only its row number (data-tip="3"). Tooltips
 * are an enhancement (src/scripts/tips.ts): without scripts a chart reads from its SVG text,
 * summary and data table, which do not change.
 */
export const TIP_FIELDS = ['title', 'value', 'meta', 'quote', 'source', 'links'] as const;
export type TipField = (typeof TIP_FIELDS)[number];
export type Tip = Partial<Record<TipField, string>>;

/** A contiguous run of tooltip attributes, as Astro writes them (double quotes, entities escaped). */
const RUN = /(?: data-tip-(?:title|value|meta|quote|source|links)="[^"]*")+/g;
const ATTR = / data-tip-(title|value|meta|quote|source|links)="([^"]*)"/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an attribute value as Astro escaped it. */
export function unescapeAttr(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Replaces every mark's tooltip attributes in the given artboards by `data-tip="<row>"`; identical
 * tooltips (the same mark on two artboards) share a row. Returns the artboards and the table.
 */
export function tipTable(artboards: string[]): { artboards: string[]; tips: Tip[] } {
  const tips: Tip[] = [];
  const rows = new Map<string, number>();
  const out = artboards.map((html) => html.replace(RUN, (run) => {
    let row = rows.get(run);
    if (row === undefined) {
      const tip: Tip = {};
      for (const [, field, value] of run.matchAll(ATTR)) tip[field as TipField] = unescapeAttr(value);
      row = tips.push(tip) - 1;
      rows.set(run, row);
    }
    return ` data-tip="${row}"`;
  }));
  return { artboards: out, tips };
}

/** The table as the content of a `<script type="application/json">` (no "</script" can end it early). */
export const tipJson = (tips: Tip[]) => JSON.stringify(tips).replace(/</g, '\\u003c');
