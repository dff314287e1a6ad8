/** Every internal link and anchor in the built site resolves. */
import { expect, test } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPaths, page } from '../helpers/html.ts';

const idsCache = new Map<string, Set<string>>();
const idsOf = (path: string) => {
  if (!idsCache.has(path)) idsCache.set(path, new Set(page(path).querySelectorAll('[id]').map((e) => e.id)));
  return idsCache.get(path)!;
};

/** The built file a site path points at, or undefined. */
function target(pathname: string): { file: string; html?: string } | undefined {
  const file = join(DIST, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return { file, html: file.endsWith('.html') ? pathname : undefined };
  const index = join(file, 'index.html');
  if (existsSync(index)) return { file: index, html: pathname.endsWith('/') ? pathname : `${pathname}/` };
  return undefined;
}

test('no internal link or anchor is broken', () => {
  const broken: string[] = [];
  const paths = htmlPaths();
  expect(paths.length).toBeGreaterThan(3);
  for (const from of paths) {
    const doc = page(from);
    for (const el of doc.querySelectorAll('a[href], link[href], img[src], script[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
      if (/^(https?:|mailto:|data:)/.test(raw) && !raw.startsWith('http://localhost')) continue;
      const url = new URL(raw, `http://localhost${from}`);
      const to = url.pathname === from && url.hash ? { file: '', html: from } : target(url.pathname);
      if (!to) { broken.push(`${from}: ${raw} (no such file)`); continue; }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && to.html && !idsOf(to.html).has(id)) broken.push(`${from}: ${raw} (no element with id "${id}")`);
    }
  }
  expect(broken).toEqual([]);
});
