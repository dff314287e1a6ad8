/** The project's performance targets, each evaluated as met / not met from the measured figures. Pure. */
import { CATEGORIES, type Category, type CategoryScore } from './lighthouse.ts';
import type { PageKind } from './pages.ts';

export const KB = 1024;
export const ARTICLE_JS_LIMIT = 10 * KB;
export const EMBED_JS_LIMIT = 40 * KB;
/** Issue 16: totals, every request of the cold load counted (HTML, CSS, JS, fonts, images). */
export const EMBED_TOTAL_LIMIT = 30 * KB;
export const ARTICLE_TOTAL_LIMIT = 100 * KB;
/** Issue 16: an embed's chart painted within this factor of the zero-JS reference page's, same run. */
export const PAINT_FACTOR = 1.3;

export interface TargetInput {
  path: string;
  kind: PageKind;
  article: boolean;
  /** gzipped JS the page runs (external + inline), null if not measured */
  jsGz: number | null;
  /** gzipped bytes of every request of the cold load, null if not measured */
  totalGz?: number | null;
  /** chart embeds: the same in a 720 px frame, which also fetches the wide artboard (undefined: not a chart embed) */
  wideTotalGz?: number | null;
  /** median time to first chart painted at 4× CPU, ms; null if not measured */
  paintMs?: number | null;
  /** embeds timed in pairs with the reference page (ref, embed, ref, embed…): median of each pair's embed ÷ reference */
  paintRatio?: number | null;
  /** reads without JavaScript, null if not measured */
  reads: boolean | null;
  /** Lighthouse scores, null if Lighthouse was not run */
  lighthouse: Record<Category, CategoryScore> | null;
}

export interface TargetResult {
  id: string;
  target: string;
  /** null: not measured */
  met: boolean | null;
  measured: string;
  failures: string[];
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function verdict(values: (boolean | null)[]): boolean | null {
  if (values.some((v) => v === false)) return false;
  if (!values.length || values.some((v) => v === null)) return null;
  return true;
}

function jsTarget(id: string, target: string, pages: TargetInput[], limit: number, what: string): TargetResult {
  const measured = pages.filter((p) => p.jsGz !== null);
  const failures = measured.filter((p) => p.jsGz! >= limit).map((p) => `${p.path}: ${kb(p.jsGz!)}`);
  const max = measured.reduce<TargetInput | null>((m, p) => (!m || p.jsGz! > m.jsGz! ? p : m), null);
  return {
    id, target, failures,
    met: verdict(pages.map((p) => (p.jsGz === null ? null : p.jsGz < limit))),
    measured: max ? `largest ${kb(max.jsGz!)} (${max.path}) of ${measured.length} ${what}` : `no ${what} measured`,
  };
}

function lighthouseTarget(id: string, target: string, pages: TargetInput[], what: string, skip: Category[] = []): TargetResult {
  const failures: string[] = [];
  const per = pages.map((p) => {
    if (!p.lighthouse) return null;
    const below = CATEGORIES.filter((c) => !skip.includes(c) && p.lighthouse![c].score !== 100)
      .map((c) => `${c} ${p.lighthouse![c].score ?? 'n/a'}`);
    if (below.length) failures.push(`${p.path}: ${below.join(', ')}`);
    return below.length === 0;
  });
  const run = per.filter((v) => v !== null);
  return {
    id, target, failures,
    met: verdict(per),
    measured: run.length ? `${run.filter(Boolean).length}/${run.length} ${what} at 100 in ${skip.length ? `all but ${skip.join(', ')}` : 'all four'}` : 'not measured (Lighthouse not run)',
  };
}

/** Where a total was measured: a phone's 412 px, and for chart embeds a frame wide enough for the wide artboard too. */
export const AT_412 = 'at 412 px';
export const AT_WIDE = 'in a 720 px frame';

/** Every page at most `limit` bytes (≤, "at most") at every width it was measured at; the largest is named. */
function totalTarget(id: string, target: string, pages: TargetInput[], limit: number, what: string): TargetResult {
  const sizes = (p: TargetInput) => [{ at: AT_412, gz: p.totalGz }, ...(p.wideTotalGz === undefined ? [] : [{ at: AT_WIDE, gz: p.wideTotalGz }])];
  const widths = pages.some((p) => p.wideTotalGz !== undefined);
  const per = pages.map((p) => ({ p, sizes: sizes(p) }));
  const measured = per.filter((x) => x.sizes.every((s) => s.gz != null));
  const all = measured.flatMap((x) => x.sizes.map((s) => ({ path: x.p.path, at: s.at, gz: s.gz! })));
  const max = all.reduce<(typeof all)[number] | null>((m, s) => (!m || s.gz > m.gz ? s : m), null);
  const over = (x: (typeof per)[number]) => x.sizes.filter((s) => s.gz! > limit);
  return {
    id, target,
    met: verdict(per.map((x) => (x.sizes.some((s) => s.gz! > limit) ? false : x.sizes.some((s) => s.gz == null) ? null : true))),
    measured: max
      ? `largest ${kb(max.gz)} (${max.path}${widths ? ` ${max.at}` : ''}); ${measured.filter((x) => !over(x).length).length}/${measured.length} ${what} at most ${kb(limit)}${widths ? ` ${AT_412} and ${AT_WIDE}` : ''}`
      : `no ${what} measured`,
    // by how much, in bytes: a page 1 B over the limit still prints as the limit in KB
    failures: measured.filter((x) => over(x).length)
      .map((x) => `${x.p.path}: ${over(x).map((s) => `${kb(s.gz!)}${x.sizes.length > 1 ? ` ${s.at}` : ''} (${Math.round(s.gz! - limit)} B over)`).join(', ')}`),
  };
}

function paintTarget(pages: TargetInput[], referenceMs: number | null): TargetResult {
  const target = `Chart painted on every embed within ${PAINT_FACTOR}x of the zero-JS reference page measured in the same run`;
  if (referenceMs == null) return { id: 'embed-paint', target, met: null, measured: 'reference page not measured', failures: [] };
  // Paired runs: each embed run beside a reference run, so load that changes during the run weighs
  // on both; without pairs, the embed's median against the reference's.
  const paired = pages.some((p) => p.paintRatio != null);
  const ratio = (p: TargetInput) => (paired ? p.paintRatio : p.paintMs == null ? null : p.paintMs / referenceMs) ?? null;
  const limit = referenceMs * PAINT_FACTOR;
  const measured = pages.filter((p) => ratio(p) != null);
  const slowest = measured.reduce<TargetInput | null>((m, p) => (!m || ratio(p)! > ratio(m)! ? p : m), null);
  const over = measured.filter((p) => ratio(p)! > PAINT_FACTOR);
  return {
    id: 'embed-paint', target,
    met: verdict(pages.map((p) => (ratio(p) == null ? null : ratio(p)! <= PAINT_FACTOR))),
    measured: !slowest ? 'no embed measured'
      : paired ? `reference ${Math.round(referenceMs)} ms; median ratio of paired runs: slowest embed ${ratio(slowest)!.toFixed(2)}x (${slowest.path}), limit ${PAINT_FACTOR}x`
      : `reference ${Math.round(referenceMs)} ms, limit ${Math.round(limit)} ms; slowest embed ${Math.round(slowest.paintMs!)} ms (${slowest.path}, ${ratio(slowest)!.toFixed(2)}x)`,
    failures: over.map((p) => (paired ? `${p.path}: ${ratio(p)!.toFixed(2)}x of the reference in paired runs` : `${p.path}: ${Math.round(p.paintMs!)} ms = ${ratio(p)!.toFixed(2)}x`)),
  };
}

export function evaluateTargets(pages: readonly TargetInput[], reference: { paintMs: number | null } = { paintMs: null }): TargetResult[] {
  const all = [...pages];
  const reads = all.map((p) => p.reads);
  const articles = all.filter((p) => p.article);
  const embeds = all.filter((p) => p.kind === 'embed');
  const site = all.filter((p) => p.kind === 'page');
  return [
    {
      id: 'reads-without-js', target: 'No JavaScript needed to read any page (text and every chart)',
      met: verdict(reads),
      measured: `${reads.filter((r) => r === true).length}/${all.length} pages and embeds read with JS off`,
      failures: all.filter((p) => p.reads !== true).map((p) => `${p.path}: ${p.reads === null ? 'not measured' : 'does not read'}`),
    },
    totalTarget('embed-total', 'Every embed at most 30 KB gzipped in total, fonts, CSS and images included', embeds, EMBED_TOTAL_LIMIT, 'embeds'),
    totalTarget('article-total', 'Every article page at most 100 KB in total before the reader scrolls (fonts included)', articles, ARTICLE_TOTAL_LIMIT, 'article pages'),
    paintTarget(embeds, reference.paintMs),
    lighthouseTarget('lighthouse-pages', 'Lighthouse mobile 100 in all four categories on every page', site, 'pages'),
    lighthouseTarget('lighthouse-embeds', 'Lighthouse mobile 100 in all four categories on every embed (SEO aside: embeds are noindex on purpose)', embeds, 'embeds', ['seo']),
    jsTarget('article-js', 'Under 10 KB gzipped JS per article page (JS only)', articles, ARTICLE_JS_LIMIT, 'article pages'),
    jsTarget('embed-js', 'Under 40 KB gzipped JS per embed (JS only; the total is the 30 KB target)', embeds, EMBED_JS_LIMIT, 'embeds'),
  ];
}
