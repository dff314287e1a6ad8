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

/** Every built HTML file, as URL paths (`/`, `/sources/`). */
export function htmlPaths(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => '/' + relative(DIST, join(d.parentPath, d.name)).replace(/index\.html$/, ''))
    .sort();
}

/** Text with whitespace collapsed. */
export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
