/**
 * The article pages against issue 16's page target, one row each: what the cold load at 412×823
 * costs before the reader scrolls, by kind, the margin left under the limit and the Lighthouse
 * scores. Pure: lines from the results.
 */
import type { BenchResults } from './results.ts';
import { CATEGORIES } from './lighthouse.ts';
import { ARTICLE_TOTAL_LIMIT, KB } from './targets.ts';

export const ARTICLE_TARGET = 'Every article page at most 100 KB in total before the reader scrolls (fonts included)';

const kb = (bytes: number) => (bytes / KB).toFixed(1);

export function articleBudget(r: Pick<BenchResults, 'pages'>): string[] {
  const articles = r.pages.filter((p) => p.article);
  if (!articles.length) return [];
  const out = ['', `Article pages before the reader scrolls, against "${ARTICLE_TARGET}" (KB gzipped, every request of the cold load at 412×823)`];
  const rows = articles.map((p) => {
    const b = p.bytes;
    const lh = p.lighthouse ? CATEGORIES.map((c) => p.lighthouse!.categories[c].score ?? 'n/a').join('/') : '—';
    if (!b) return [p.path, '—', '—', '—', '—', '—', '—', 'not measured', lh];
    const total = b.total.gz;
    return [p.path, kb(total), kb(b.groups.html.gz), kb(b.groups.css.gz), kb(b.jsAll.gz), kb(b.groups.font.gz), kb(ARTICLE_TOTAL_LIMIT - total),
      total <= ARTICLE_TOTAL_LIMIT ? 'met' : 'NOT MET', lh];
  });
  const headers = ['page', 'total', 'HTML', 'CSS', 'JS', 'fonts', 'left of 100', 'target', 'Lighthouse p/a/bp/seo'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: (string | number)[]) => '  ' + cells.map((c, i) => (i === 0 || i >= 7 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
  out.push(line(headers), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line));
  out.push('  JS includes inline scripts (also inside HTML); the wide artboards, tooltip tables and embed code an article fetches later (on a wide screen, on hover, on opening the panel) are not in these totals.');
  return out;
}
