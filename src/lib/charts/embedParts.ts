/**
 * An embed writes only its narrow artboard into the page; the wide one and the tooltip table are
 * JSON files beside it, fetched by the frame's scripts when needed (src/pages/embed/[id]/).
 */
export type EmbedPart = 'wide' | 'tips';
export const embedPartPath = (id: string, part: EmbedPart) => `/embed/${id}/${part}.json`;

/**
 * Attributes an embed's artboards go without: the marks' measure, value, drawn length and record
 * ids, and a map place's id, are for the article's tests and tools (tests/e2e/chart-invariants.test.ts,
 * tests/build/chart-strike-map.test.ts read them on the pages); an embed's reader and its scripts
 * never read them: 0.5 KB of each embed, and 0.4 KB more of the strike map's in a wide frame.
 */
const PAGE_ONLY = / data-(?:measure|value|length|claims|site)="[^"]*"/g;
export const embedArtboard = (html: string) => html.replace(PAGE_ONLY, '');

/** A mark's tooltip row and its accessible name, as the chart components write them. */
const MARK = /<[a-z]+\b[^>]*?\sdata-tip="(\d+)"[^>]*>/g;

/**
 * The wide artboard as the frame fetches it: a mark's aria-label is left out where the narrow
 * artboard's mark of the same tooltip row carries the same one (the frame copies it back,
 * src/scripts/embed-child.ts, when `names` says so: it names every wide mark without a name after
 * its narrow one). So the wide artboard is sent whole, without `names`, if one of its marks has no
 * name where its narrow mark has one: restoring would give it a name the page's artboard lacks.
 */
export function wideDiff(narrow: string, wide: string): WidePart {
  const labels = (html: string) => {
    const by = new Map<string, Set<string>>();
    for (const m of html.matchAll(MARK)) {
      const label = /\saria-label="([^"]*)"/.exec(m[0])?.[1] ?? '\u0000none';
      by.set(m[1], (by.get(m[1]) ?? new Set()).add(label));
    }
    return by;
  };
  const [n, w] = [labels(narrow), labels(wide)];
  if ([...w].some(([row, names]) => names.has('\u0000none') && n.has(row) && !n.get(row)!.has('\u0000none'))) return { html: wide };
  const same = (row: string) => n.get(row)?.size === 1 && w.get(row)?.size === 1 && [...n.get(row)!][0] === [...w.get(row)!][0] && !n.get(row)!.has('\u0000none');
  return { html: wide.replace(MARK, (tag, row: string) => (same(row) ? tag.replace(/\saria-label="[^"]*"/, '') : tag)), names: 'narrow' };
}

/** wide.json: the artboard's markup; `names: 'narrow'` when marks' names are to be copied from the narrow artboard. */
export interface WidePart { html: string; names?: 'narrow' }

/** The narrow and wide artboards and the tooltip table out of a chart rendered with both artboards inline (ChartFrame). */
export function embedPartsOf(html: string, id: string): { wide: WidePart; tips: string } {
  const m = /<div class="chart-art--narrow">([\s\S]*?)<\/div>\s*<div class="chart-art--wide">([\s\S]*?)<\/div>\s*<script type="application\/json" class="chart-tips">([\s\S]*?)<\/script>/.exec(html);
  if (!m || !m[2].includes('<svg')) throw new Error(`chart "${id}": no wide artboard and tooltip table in its rendered frame`);
  return { wide: wideDiff(embedArtboard(m[1]), embedArtboard(m[2])), tips: m[3] };
}
