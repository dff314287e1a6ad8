/**
 * Built charts keep each mark's tooltip in one JSON table per chart (src/lib/charts/tipTable.ts);
 * this puts the attributes back on the marks (`data-tip="3"` → `data-tip-title="…" …`, escaped as
 * Astro escapes attributes), so tests can read a mark and its tooltip together.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TIP_FIELDS, type Tip } from '../../src/lib/charts/tipTable';
import { DIST } from './html';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `html` (a page, a figure, or an artboard with its figure's table after it) with tooltips inlined on the marks. */
export function inlineTips(html: string): string {
  // a page's table is a file in the build, fetched on first hover (src/lib/charts/pageParts.ts)
  let tables: Tip[][] = [...html.matchAll(/<script type="application\/json" class="chart-tips"(?: data-src="([^"]+)")?>([\s\S]*?)<\/script>/g)]
    .map((m) => JSON.parse(m[1] ? readFileSync(join(DIST, m[1]), 'utf8') : m[2]));
  // Each table follows the artboards of its chart: marks take the next table after them.
  let offset = 0;
  const ends = [...html.matchAll(/class="chart-tips">/g)].map((m) => m.index!);
  return html.replace(/ data-tip="(\d+)"/g, (whole, row: string, at: number) => {
    while (offset < ends.length - 1 && at > ends[offset]) offset++;
    const tip = tables[offset]?.[Number(row)];
    if (!tip) return whole;
    return TIP_FIELDS.filter((f) => tip[f] !== undefined).map((f) => ` data-tip-${f}="${escape(tip[f]!)}"`).join('');
  });
}
