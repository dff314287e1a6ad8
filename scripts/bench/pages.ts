/**
 * Which pages the benchmark measures, read from the built site in dist/ (never a hard-coded list):
 * every built HTML page except /print/* (the noindex source of the PDF briefing) and /404.html, embeds being
 * the pages under /embed/. Article pages and charts are recognised from the markup.
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

export async function listPages(dist: string): Promise<BenchPage[]> {
  const pages: BenchPage[] = [];
  for (const file of await htmlFiles(dist)) {
    const path = pagePathFromFile(relative(dist, file));
    if (!path) continue;
    const html = await readFile(file, 'utf8');
    pages.push({ path, file, kind: kindOf(path), article: isArticle(html), chartIds: chartIdsIn(html) });
  }
  return pages.sort(comparePages);
}
