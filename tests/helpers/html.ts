/** Built pages as parsed HTML, for tests that read `dist/`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

/** Parsed HTML of a built URL path (`/what-happened/`). */
export function page(path: string): HTMLElement {
  const file = join(DIST, path.replace(/\/$/, '/index.html').replace(/^\//, ''));
  return parse(readFileSync(file, 'utf8'));
}

/**
 * The page as a reader with scripts sees it at a desktop width, and as the PDF prints it: each
 * wide artboard a page leaves out (`.chart-art--wide[data-src]`, src/lib/charts/pageParts.ts)
 * filled in from its JSON in the build.
 */
export function withWideArtboards(root: HTMLElement, dist = DIST): HTMLElement {
  for (const place of root.querySelectorAll('.chart-art--wide[data-src]')) {
    const { html } = JSON.parse(readFileSync(join(dist, place.getAttribute('data-src')!), 'utf8')) as { html: string };
    place.set_content(html);
  }
  return root;
}

/** Every built HTML file, as URL paths (`/`, `/sources/`). */
export function htmlPaths(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => '/' + relative(DIST, join(d.parentPath, d.name)).replace(/index\.html$/, ''))
    .sort();
}

/** Text with whitespace collapsed. */
export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Pages for browser tests (each takes seconds in Chromium): every page, except that of the
 * hundreds of claim and figure pages and their embeds, which share one template, only the first
 * two of each kind are loaded. Build tests still read all of them.
 */
export function browserPaths(): string[] {
  const seen = new Map<string, number>();
  return htmlPaths().filter((p) => {
    const group = p.match(/^\/(claims|figures\/[a-z]+|embed\/claim|embed\/figure\/[a-z]+)\//)?.[1];
    if (!group) return true;
    seen.set(group, (seen.get(group) ?? 0) + 1);
    return seen.get(group)! <= 2;
  });
}
