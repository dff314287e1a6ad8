/**
 * Every internal link and anchor in the built site resolves: in the pages, in the published data,
 * embed code, oEmbed and chart downloads (which carry absolute URLs on the site), and in the PDFs.
 */
import { expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { links, openPdf } from '../../scripts/pdf/read-pdf.ts';
import { DIST, htmlPaths, page } from '../helpers/html.ts';

/** The address the build wrote into absolute links (astro.config.mjs `site`). */
const SITE = new URL(JSON.parse(readFileSync(join(DIST, 'charts.json'), 'utf8')).charts[0].page).origin;

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
    for (const el of doc.querySelectorAll('a[href], link[href], img[src], script[src], iframe[src], source[src]')) {
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

/** Why a URL on the site does not resolve, or undefined when it does. */
function brokenSiteUrl(raw: string): string | undefined {
  const url = new URL(raw);
  const to = target(url.pathname);
  if (!to) return 'no such file';
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && to.html && !idsOf(to.html).has(id)) return `no element with id "${id}"`;
  return undefined;
}

/** Absolute URLs on the site inside any text: HTML entities and JSON escapes undone first. */
function siteUrlsIn(text: string): string[] {
  const plain = text.replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&amp;', '&').replaceAll('\\/', '/').replaceAll('\\"', '"');
  const escaped = SITE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...plain.matchAll(new RegExp(`${escaped}(/[^\\s"'<>\\\\)}]*)?`, 'g'))].map((m) => m[0]);
}

const TEXT_FILES = new Set(['.html', '.json', '.csv', '.svg', '.js', '.xml', '.txt']);

test('every absolute site URL in dist/ (embed code, charts.json, oEmbed, data, downloads) resolves', () => {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && TEXT_FILES.has(extname(d.name)))
    .map((d) => join(d.parentPath, d.name));
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    for (const url of new Set(siteUrlsIn(readFileSync(file, 'utf8')))) {
      checked++;
      const why = brokenSiteUrl(url);
      if (why) broken.push(`${relative(DIST, file)}: ${url} (${why})`);
    }
  }
  // Embed code alone carries page, frame, script, image and oEmbed URLs for each chart.
  expect(checked).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});

test('siteUrlsIn finds URLs in escaped embed code, and a missing target is reported', () => {
  const code = `"embedCode": "<iframe src=\\"${SITE}/embed/none/\\"></iframe>", &lt;a href=&quot;${SITE}/what-happened/#nowhere&quot;&gt;`;
  expect(siteUrlsIn(code)).toEqual([`${SITE}/embed/none/`, `${SITE}/what-happened/#nowhere`]);
  expect(brokenSiteUrl(`${SITE}/embed/none/`)).toBe('no such file');
  expect(brokenSiteUrl(`${SITE}/what-happened/#nowhere`)).toBe('no element with id "nowhere"');
});

test('every link in every PDF resolves: site URLs to built pages and anchors, internal links to pages', async () => {
  const dir = join(DIST, 'pdf');
  const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThan(4);
  const broken: string[] = [];
  let siteLinks = 0;
  for (const file of pdfs) {
    const pdf = await openPdf(new Uint8Array(readFileSync(join(dir, file))));
    for (const link of await links(pdf)) {
      if (link.url?.startsWith(`${SITE}/`) || link.url === SITE) {
        siteLinks++;
        const why = brokenSiteUrl(link.url);
        if (why) broken.push(`${file} p. ${link.page}: ${link.url} (${why})`);
      } else if (!link.url && !(link.targetPage && link.targetPage >= 1 && link.targetPage <= pdf.numPages)) {
        broken.push(`${file} p. ${link.page}: internal link to no page`);
      }
    }
    await pdf.cleanup();
  }
  expect(siteLinks, 'the PDFs link back to the site').toBeGreaterThan(5);
  expect(broken).toEqual([]);
});
