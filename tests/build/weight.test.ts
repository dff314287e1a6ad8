/**
 * What the built pages make a reader download in fonts and CSS (issue 16): fonts subset at build
 * time to the site's characters, embeds with only the chart face and their own small stylesheet.
 * Exact totals, timings and Lighthouse are `npm run bench`'s job; these are the fixed parts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { CHART_FACE, FACES, sourceFile } from '../../src/lib/site/fonts.mjs';
import { DIST, htmlPaths } from '../helpers/html';

const KB = 1024;
const html = (path: string) => readFileSync(join(DIST, path.replace(/\/$/, '/index.html')), 'utf8');
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** The characters a font file maps (its cmap), read with HarfBuzz after converting WOFF2 to TrueType. */
async function charactersOf(file: string): Promise<Set<string>> {
  const ttf = await subsetFont(readFileSync(file), '', { keepAllGlyphs: true, targetFormat: 'truetype' });
  return new Set([...new hb.Face(new hb.Blob(ttf)).collectUnicodes()].map((c) => String.fromCodePoint(c)));
}

const fontUrls = (page: string) => [...new Set([...page.matchAll(/\/_astro\/fonts\/[\w-]+\.woff2/g)].map((m) => m[0]))];
/** A chart's own stylesheet (src/styles/charts/<id>.css, linked by its embed only). */
/** An embed's inline stylesheets (not the Fonts API's @font-face rules): the embed stylesheet first, then its chart's own if it has one. */
const embedStyles = (page: string) => [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).filter((t) => !t.startsWith('@font-face'));
const cssUrls = (page: string) => [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"(?! media="print")/g)].map((m) => m[1]);
const pages = htmlPaths().filter((p) => !p.startsWith('/embed/'));
const embeds = htmlPaths().filter((p) => p.startsWith('/embed/'));

describe('web fonts are subset at build time', () => {
  const served = fontUrls(pages.map(html).join('\n'));
  // Every character of every built page, markup included (a superset of the text).
  const builtText = new Set(pages.concat(embeds).flatMap((p) => [...html(p)]));

  it('the pages use one file per face and style, three in all', () => {
    expect(served).toHaveLength(FACES.flatMap((f) => f.variants).length);
  });

  it('each file maps fewer than 200 characters and weighs at most 21 KB (the full Latin files: 48–51 KB)', async () => {
    for (const url of served) {
      const file = join(DIST, url);
      expect((await charactersOf(file)).size, url).toBeLessThan(200);
      expect(readFileSync(file).length, url).toBeLessThanOrEqual(21 * KB);
    }
  });

  it('no character of the built site that the original font has is missing from the subset', async () => {
    const subsets = await Promise.all(served.map((u) => charactersOf(join(DIST, u))));
    for (const v of FACES.flatMap((f) => f.variants)) {
      const original = await charactersOf(sourceFile(v));
      const needed = [...builtText].filter((c) => original.has(c));
      const subset = subsets.find((s) => needed.every((c) => s.has(c)) && [...s].every((c) => original.has(c)));
      expect(subset, `${v.file}: a subset with all of ${needed.length} characters`).toBeDefined();
    }
  });
});

describe('embeds weigh what a chart weighs', () => {
  it('link only the chart face, Inter at the two weights their chart labels were laid out in (at most 13 KB together)', () => {
    for (const p of embeds) {
      const urls = fontUrls(html(p));
      expect(urls, p).toHaveLength(CHART_FACE.variants.length);
      expect(urls.reduce((s, u) => s + readFileSync(join(DIST, u)).length, 0), p).toBeLessThanOrEqual(13 * KB);
    }
  });

  it('hold the embed stylesheet and at most their own chart\'s inline (a stylesheet request held back the first paint), 4.5 KB gzipped together, without preflight, article or prose styles, and no print stylesheet', () => {
    for (const p of embeds) {
      const page = html(p);
      expect(cssUrls(page), p).toEqual([]);
      const texts = embedStyles(page);
      expect(texts.length, p).toBeGreaterThanOrEqual(1);
      expect(texts.length, p).toBeLessThanOrEqual(2);
      expect(texts[0], p).toMatch(/tailwindcss/);
      expect(page, p).not.toMatch(/media="print"/);
      expect(texts.reduce((s, t) => s + gz(t), 0), p).toBeLessThanOrEqual(4.5 * KB);
      for (const text of texts) expect(text).not.toMatch(/\.prose|\.prose-article|url\(|::file-selector-button|::placeholder/);
    }
  });

  it('style every class they use that the pages\' stylesheet styles (nothing lost by the smaller stylesheet)', () => {
    const selectors = (css: string) => new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1].replace(/\\/g, '')));
    const site = selectors(readFileSync(join(DIST, cssUrls(html('/what-happened/'))[0]), 'utf8'));
    const chartSheets = new Set(embeds.flatMap((p) => embedStyles(html(p)).slice(1)));
    expect(chartSheets.size, 'militancy-deaths and strike-map have their own stylesheets').toBeGreaterThanOrEqual(2);
    for (const p of embeds) {
      const page = html(p);
      const held = embedStyles(page);
      const own = new Set(held.flatMap((t) => [...selectors(t)]));
      // Rules of another chart's stylesheet do not style this chart (its classes are shared names like chart-svg).
      for (const t of [...chartSheets].filter((t) => !held.includes(t))) for (const c of selectors(t)) own.add(c);
      const used = new Set([...page.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean));
      expect([...used].filter((c) => site.has(c) && !own.has(c) && !c.startsWith('prose')), p).toEqual([]);
    }
  });

  // Their metric-matched fallback faces (the serif's sets titles) are checked with the pages' in fallback-faces.test.ts.
});

describe('article pages carry at most the three subset files', () => {
  it('fonts linked by an article weigh at most 55 KB in all (147 KB before subsetting)', () => {
    for (const p of pages.filter((p) => /<article\b[^>]*\bdata-page=/.test(html(p)))) {
      const bytes = fontUrls(html(p)).reduce((s, u) => s + readFileSync(join(DIST, u)).length, 0);
      expect(bytes, p).toBeLessThanOrEqual(55 * KB);
    }
  });
});
