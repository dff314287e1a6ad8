/** The project's performance targets, each evaluated as met / not met from the measured figures. Pure. */
import { CATEGORIES, type Category, type CategoryScore } from './lighthouse.ts';
import type { PageKind } from './pages.ts';

export const KB = 1024;
export const ARTICLE_JS_LIMIT = 10 * KB;
export const EMBED_JS_LIMIT = 40 * KB;

export interface TargetInput {
  path: string;
  kind: PageKind;
  article: boolean;
  /** gzipped JS the page runs (external + inline), null if not measured */
  jsGz: number | null;
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

function lighthouseTarget(id: string, target: string, pages: TargetInput[], what: string): TargetResult {
  const failures: string[] = [];
  const per = pages.map((p) => {
    if (!p.lighthouse) return null;
    const below = CATEGORIES.filter((c) => p.lighthouse![c].score !== 100)
      .map((c) => `${c} ${p.lighthouse![c].score ?? 'n/a'}`);
    if (below.length) failures.push(`${p.path}: ${below.join(', ')}`);
    return below.length === 0;
  });
  const run = per.filter((v) => v !== null);
  return {
    id, target, failures,
    met: verdict(per),
    measured: run.length ? `${run.filter(Boolean).length}/${run.length} ${what} at 100 in all four` : 'not measured (Lighthouse not run)',
  };
}

export function evaluateTargets(pages: readonly TargetInput[]): TargetResult[] {
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
    jsTarget('article-js', 'Under 10 KB gzipped JS per article page', articles, ARTICLE_JS_LIMIT, 'article pages'),
    jsTarget('embed-js', 'Under 40 KB gzipped JS in total per embed', embeds, EMBED_JS_LIMIT, 'embeds'),
    lighthouseTarget('lighthouse-pages', 'Lighthouse 100 in all four categories on every page', site, 'pages'),
    lighthouseTarget('lighthouse-embeds', 'Lighthouse 100 in all four categories on every embed (SEO: embeds are noindex by design)', embeds, 'embeds'),
  ];
}
