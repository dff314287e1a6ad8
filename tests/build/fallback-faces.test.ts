/**
 * The metric-matched fallback faces (FALLBACK_FACES in src/lib/site/fonts.mjs), as built into the
 * pages' stylesheets and the embeds' inline styles:
 *  - every local() face the site declares starts with a face Debian's Chromium has (fonts-liberation,
 *    which the chromium package recommends and scripts/ensure-chromium.sh installs). Each name
 *    Chromium on Linux does not find is a blocking call to the browser before the first paint, and
 *    a face that finds none is no fallback at all: the Fonts API's Times New Roman and Arial faces
 *    matched nothing on Linux and Android, the serif fell back to DejaVu Serif and reflowed;
 *  - the size and height overrides are those of the web face over the local face's, recomputed here
 *    from the font files with capsize (as the Fonts API computes them).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromBuffer } from '@capsizecss/unpack';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { FALLBACK_FACES } from '../../src/lib/site/fonts.mjs';
import { DIST, htmlPaths } from '../helpers/html';

const html = (path: string) => readFileSync(join(DIST, path.replace(/\/$/, '/index.html')), 'utf8');
const stylesheets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'));
const paths = htmlPaths();
const pages = paths.filter((p) => !p.startsWith('/embed/'));
const embeds = paths.filter((p) => p.startsWith('/embed/'));
const inlineStyles = (page: string) => [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);

interface Face { where: string; family: string; style: string; weight: string; locals: string[]; urls: string[]; decl: string }
/** Every @font-face rule of some CSS, with its family, local() names and url()s. */
function faces(css: string, where: string): Face[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, decl]) => ({
    where, decl,
    family: /font-family:\s*("?)([^";]+)\1/.exec(decl)![2].trim(),
    style: /font-style:\s*(\w+)/.exec(decl)?.[1] ?? 'normal',
    weight: /font-weight:\s*([\d ]+)/.exec(decl)?.[1].trim() ?? '400',
    locals: [...decl.matchAll(/local\(\s*"?([^")]+?)"?\s*\)/g)].map((m) => m[1]),
    urls: [...decl.matchAll(/url\("?([^")]+)"?\)/g)].map((m) => m[1]),
  }));
}
// Pages share their stylesheets and font styles: one page of each surface is enough for the inline ones.
const pageFaces = [
  ...stylesheets.flatMap((css, i) => faces(css, `stylesheet ${i}`)),
  ...[...new Set(pages.map((p) => inlineStyles(html(p)).join('\n')))].flatMap((css, i) => faces(css, `page styles ${i}`)),
];
const embedFaces = embeds.flatMap((p) => inlineStyles(html(p)).flatMap((css) => faces(css, p)));
const declared = [...pageFaces, ...embedFaces];

/** Full and PostScript names of the installed fonts (what local() matches), with their files. */
function installed(): Map<string, string> {
  let out: string;
  try { out = execFileSync('fc-list', ['-f', '%{fullname}|%{postscriptname}|%{file}\n'], { encoding: 'utf8' }); }
  catch { throw new Error('fc-list (fontconfig) is missing: it comes with Chromium (bash scripts/ensure-chromium.sh)'); }
  const names = new Map<string, string>();
  for (const line of out.split('\n').filter(Boolean)) {
    const [full, ps, file] = line.split('|');
    for (const n of [...full.split(','), ps]) if (n) names.set(n.trim(), file);
  }
  return names;
}

describe('fallback faces', () => {
  const fonts = installed();
  const locals = declared.filter((f) => f.locals.length);

  it('are declared where pages and embeds can use them, with the names and ranges of FALLBACK_FACES', () => {
    for (const spec of FALLBACK_FACES) {
      const found = (spec.surface === 'pages' ? pageFaces : embedFaces).filter((f) => f.family === spec.family && f.style === spec.style && f.weight === spec.weight);
      expect(found.length, `${spec.surface}: ${spec.family} ${spec.style} ${spec.weight}`).toBeGreaterThan(0);
      for (const f of found) expect(f.locals, `${f.where}: ${spec.family}`).toEqual(spec.local);
    }
  });

  it('each start with a face that Debian\'s Chromium has (fonts-liberation), so Linux finds it at the first name', () => {
    expect(fonts.has('Liberation Serif'), 'fonts-liberation is not installed: bash scripts/ensure-chromium.sh, or apt-get install fonts-liberation').toBe(true);
    const missing = locals.filter((f) => !fonts.has(f.locals[0])).map((f) => `${f.where}: "${f.family}" starts with local("${f.locals[0]}")`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('each name a face for Windows, macOS and iOS too (Times New Roman or Arial)', () => {
    for (const f of locals) expect(f.locals.some((n) => /^(Times New Roman|Arial)\b/.test(n)), `${f.where}: ${f.family}`).toBe(true);
  });

  it('have the size and height overrides of the web face over the local one (capsize, as the Fonts API computes them)', async () => {
    const percent = (decl: string, name: string) => Number(new RegExp(`${name}:\\s*([\\d.]+)%`).exec(decl)?.[1]);
    for (const spec of FALLBACK_FACES) {
      // The built web face whose stack the fallback is in (its italic file for the italic), at the weight the overrides were computed for.
      const web = declared.find((f) => f.urls.length && f.family.replace(/-[0-9a-f]{16}$/, '') === spec.of && f.style === spec.style);
      expect(web, `${spec.of} ${spec.style}`).toBeDefined();
      const built = readFileSync(join(DIST, web!.urls[0]));
      const file: Buffer = spec.metrics.wght ? await subsetFont(built, '', { keepAllGlyphs: true, targetFormat: 'truetype', variationAxes: { wght: spec.metrics.wght } }) : built;
      const m = await fromBuffer(file);
      const l = await fromBuffer(readFileSync(fonts.get(spec.metrics.local)!));
      const sizeAdjust = (m.xWidthAvg / m.unitsPerEm) / (l.xWidthAvg / l.unitsPerEm);
      const em = m.unitsPerEm * sizeAdjust;
      const want = { 'size-adjust': sizeAdjust, 'ascent-override': m.ascent / em, 'descent-override': Math.abs(m.descent) / em, 'line-gap-override': m.lineGap / em };
      const matching = (spec.surface === 'pages' ? pageFaces : embedFaces).filter((f) => f.family === spec.family && f.style === spec.style && f.weight === spec.weight);
      for (const f of matching) {
        for (const [name, value] of Object.entries(want)) expect(percent(f.decl, name), `${f.where}: ${spec.family} ${spec.weight} ${name}`).toBeCloseTo(value * 100, 1);
      }
    }
  });
});
