/**
 * Which pages the benchmark measures, read from the built site in dist/ (never a hard-coded list):
 * every built HTML page except /print/* (the noindex source of the PDF briefing) and /404.html, embeds being
 * the pages under /embed/; of the hundreds of claim and figure pages and their embeds, which share one
 * template per kind, the first two of each kind unless --all-pages. Article pages and charts are
 * recognised from the markup.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export type PageKind = 'page' | 'embed';

export interface BenchPage {
  /** URL path, e.g. "/what-happened/" */
  path: string;
  /** the file in dist/ it is served from */
  file: string;
  kind: PageKind;
  /** an explainer article (the layout's `<article … data-page>`) */
  article: boolean;
  /** ids of the charts on the page (`<figure data-chart="id">`), in document order */
  chartIds: string[];
}

/** The URL path a built HTML file is served at, or null if the benchmark leaves it out. */
export function pagePathFromFile(relFile: string): string | null {
  const rel = relFile.split(sep).join('/').replace(/^\/+/, '');
  if (!rel.endsWith('.html')) return null;
  const path = '/' + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
  // The PDF briefing's source and the 404 page are noindex and not part of the reading path.
  if (path.startsWith('/print/') || path === '/404.html') return null;
  return path;
}

export const kindOf = (path: string): PageKind => (path.startsWith('/embed/') ? 'embed' : 'page');

/** Chart ids in document order: every `<figure … data-chart="id">`. */
export function chartIdsIn(html: string): string[] {
  return [...html.matchAll(/<figure\b[^>]*?\bdata-chart="([^"]+)"/g)].map((m) => m[1]);
}

/** An explainer article page: the Article layout's `<article class="article" data-page="…">`. */
export const isArticle = (html: string): boolean => /<article\b[^>]*\bdata-page="[^"]+"/.test(html);

/** Home first, then the other pages by path, then the embeds by path. */
export function comparePages(a: { path: string }, b: { path: string }): number {
  const rank = (p: string) => (p === '/' ? 0 : kindOf(p) === 'page' ? 1 : 2);
  return rank(a.path) - rank(b.path) || a.path.localeCompare(b.path);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * The template group of a path among the hundreds of claim and figure pages and their embeds,
 * which share one template per kind; null for every other page.
 */
export const templateGroup = (path: string): string | null => path.match(/^\/(claims|figures\/[a-z]+|embed\/claim|embed\/figure\/[a-z]+)\//)?.[1] ?? null;

/** Of each template group, the first `perGroup` paths (in path order); every other page. */
export function samplePaths(paths: readonly string[], perGroup: number): string[] {
  const seen = new Map<string, number>();
  return [...paths].sort().filter((p) => {
    const group = templateGroup(p);
    if (!group) return true;
    seen.set(group, (seen.get(group) ?? 0) + 1);
    return seen.get(group)! <= perGroup;
  });
}

/** `perGroup`: how many claim and figure pages (and embeds) of each kind; all of them when undefined. */
export async function listPages(dist: string, perGroup?: number): Promise<BenchPage[]> {
  const pages: BenchPage[] = [];
  const files = await htmlFiles(dist);
  const paths = new Map(files.map((f) => [pagePathFromFile(relative(dist, f)), f] as const));
  const keep = new Set(perGroup === undefined ? paths.keys() : samplePaths([...paths.keys()].filter((p): p is string => !!p), perGroup));
  for (const file of files) {
    const path = pagePathFromFile(relative(dist, file));
    if (!path || !keep.has(path)) continue;
    const html = await readFile(file, 'utf8');
    pages.push({ path, file, kind: kindOf(path), article: isArticle(html), chartIds: chartIdsIn(html) });
  }
  return pages.sort(comparePages);
}
