/**
 * `npm run cards`: rasterises every social card source (dist/cards/**\/*.svg, written by the
 * Astro build, and for chart cards by the downloads step) to a 1200×630 PNG beside it with resvg,
 * then removes the sources. Runs after `npm run downloads`, which writes the chart cards and the
 * charts' lead views (dist/cards/art/, removed here) that chart and page cards show.
 *
 * Deterministic: the same SVG and fonts give the same bytes. resvg ignores WOFF and WOFF2, so the
 * project's fonts are converted to TrueType (subset-font, harfbuzz) with exactly the characters
 * the cards use; no system font is loaded.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const DIST = process.argv[2] ?? 'dist';
const require = createRequire(import.meta.url);
// subset-font ships no types.
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'truetype' }) => Promise<Buffer>;
const FONT_FILES = [
  '@fontsource/inter/files/inter-latin-400-normal.woff2',
  '@fontsource/inter/files/inter-latin-500-normal.woff2',
  '@fontsource/inter/files/inter-latin-600-normal.woff2',
  '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
  '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2',
  '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2',
];

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

export async function buildCards(dist = DIST): Promise<{ files: number; bytes: number }> {
  const dir = join(dist, 'cards');
  const sources = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.svg'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  if (sources.length === 0) throw new Error(`cards: no card sources in ${dir}: run astro build first`);
  const svgs = sources.map((f) => readFileSync(f, 'utf8'));
  const used = [...new Set([...svgs.map((s) => [...s.matchAll(/>([^<>]+)<\/text>/g)].map((m) => decode(m[1])).join('')).join(''), ...'0123456789…“”'])].sort().join('');
  // resvg-js (native) reads fonts from files only: TrueType subsets in a temporary folder.
  const fontDir = mkdtempSync(join(tmpdir(), 'card-fonts-'));
  const fontFiles = await Promise.all(FONT_FILES.map(async (f, i) => {
    const path = join(fontDir, `${i}.ttf`);
    writeFileSync(path, await subsetFont(readFileSync(require.resolve(f)), used, { targetFormat: 'truetype' }));
    return path;
  }));
  const images = new Map<string, string>();
  const inline = (href: string) => {
    if (!existsSync(join(dist, href))) throw new Error(`cards: a card shows ${href}, which is not in ${dist}: run npm run downloads first`);
    if (!images.has(href)) images.set(href, `data:image/png;base64,${readFileSync(join(dist, href)).toString('base64')}`);
    return images.get(href)!;
  };
  let bytes = 0;
  try {
  sources.forEach((file, i) => {
    const svg = svgs[i].replace(/href="(\/[^"]+\.png)"/g, (_, href: string) => `href="${inline(href)}"`);
    const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' }, fitTo: { mode: 'original' } }).render().asPng();
    writeFileSync(file.replace(/\.svg$/, '.png'), png);
    rmSync(file);
    bytes += png.length;
  });
  // the charts' lead views (written by the downloads step for the cards) are not published
  rmSync(join(dir, 'art'), { recursive: true, force: true });
  } finally {
    rmSync(fontDir, { recursive: true, force: true });
  }
  return { files: sources.length, bytes };
}

if (import.meta.main) {
  const started = performance.now();
  const { files, bytes } = await buildCards();
  console.log(`cards: ${files} social cards, ${(bytes / 1024).toFixed(0)} KB in all, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
