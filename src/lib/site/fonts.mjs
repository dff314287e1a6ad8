// @ts-check
/**
 * Web fonts, subset at build time to the characters the site can show (subset-font: HarfBuzz's
 * hb-subset compiled to wasm). Called by astro.config.mjs before Astro starts; Astro's Fonts API
 * then serves the subset files under content-hashed names (/_astro/fonts/<hash>.woff2), so a new
 * character in the content gives a new file name and cached copies never miss a glyph.
 *
 * What is kept, and why (measured on the Latin files, November 2026: 147 KB → about 50 KB):
 *  - characters: every character in content/ and src/ (the text of every page, chart and note
 *    comes from there), plus printable ASCII and common typography; the rest falls back to the
 *    next font in the stack;
 *  - weights: the variable axis limited to what the CSS uses (400–700); italic only at 400
 *    (quotations; the site sets no bold italic);
 *  - OpenType features the serif relies on (kerning, marks, tabular figures for tables; the
 *    italic also ligatures and contextual forms, SERIF_FEATURES below); stylistic sets and alternates are dropped, which is most of the saving.
 *    Inter keeps only tabular figures (tables): it sets chart labels, which the chart kit places
 *    with the advance widths in src/lib/viz/metrics.json, and kerning moved letters away from
 *    those widths (and cost 7 KB of the 20 KB file).
 * Embeds get their own Inter, CHART_FACE: the characters the charts and embed chrome can show
 * (KIT_CHARACTERS and the Latin letters and punctuation of content/'s values), static 400 and
 * 650, no layout features: 10.3 KB for both. tests/build/weight.test.ts checks its advance widths against
 * metrics.json and that it maps every character the built embeds show.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import subsetFont from 'subset-font';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);

export const FEATURES = ['ccmp', 'locl', 'rvrn', 'kern', 'liga', 'clig', 'calt', 'mark', 'mkmk', 'tnum'];
/**
 * The upright serif, the heaviest file of an article's first screen, goes without ligatures and
 * contextual forms (liga, clig, calt): about 1 KB gzipped, the margin that keeps the longest
 * article under issue 16's 100 KB before scrolling; "fi" and "fl" are set as two letters.
 */
export const SERIF_FEATURES = FEATURES.filter((f) => !['liga', 'clig', 'calt'].includes(f));

/** What chart text and the embed frame set besides ASCII: spaces that keep values whole, dashes, quotes, ×, −, →, ●. */
export const KIT_CHARACTERS = '\u00a0\u2009\u202f–—‘’“”…·×−→●';

/** Always kept, whatever the sources hold: printable ASCII and the typography prose and numbers use. */
export const ALWAYS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')
  + '\u00a0\u2009\u202f–—‘’“”…·•×−→←↑↓≥≤°§%€£$';

const TEXT_FILES = new Set(['.yaml', '.yml', '.md', '.mdx', '.astro', '.ts', '.mjs', '.js', '.json', '.csv']);

/**
 * Every character that occurs in the text files under the given folders.
 * @param {string[]} roots
 */
function occurringCharacters(roots) {
  const chars = new Set();
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEXT_FILES.has(extname(name))) for (const ch of readFileSync(path, 'utf8')) chars.add(ch);
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return chars;
}

/**
 * Every character in the text files under the given folders, with ALWAYS; sorted, so the same
 * sources give the same string (and the same font bytes).
 * @param {string[]} roots
 */
export function siteCharacters(roots) {
  return [...new Set([...ALWAYS, ...occurringCharacters(roots)])].filter((c) => c >= ' ').sort().join('');
}

/** The ASCII that chart and frame text set whatever the content says: letters, digits, space and plain punctuation. */
const TEXT_ASCII = ALWAYS.slice(0, 95).replace(/[^A-Za-z0-9 !"'(),\-./:;?+]/g, '');

/**
 * Every character of the string values in the YAML files under the given folders: what a record
 * can put on screen. Not the files' raw text: YAML's own syntax and keys (#, _, [ ], { }, &, *)
 * never reach a reader, and each of those glyphs cost the chart face about 90 bytes.
 * @param {string[]} roots
 */
function valueCharacters(roots) {
  const chars = new Set();
  /** @param {unknown} v */
  const add = (v) => {
    // an address is a link's target, never its text
    if (typeof v === 'string') { if (!/^https?:\/\//.test(v)) for (const ch of v) chars.add(ch); }
    else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') Object.values(v).forEach(add);
  };
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        // A file that does not parse keeps all its characters: the content check, not the font, reports it.
        try { add(parseYaml(text)); } catch { for (const ch of text) chars.add(ch); }
      }
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return chars;
}

/**
 * Characters of chart and embed text: TEXT_ASCII, KIT_CHARACTERS, and every Latin letter, digit,
 * punctuation mark or symbol in the content's values (names with accents, quotes in tooltips);
 * sorted, so the same content gives the same font bytes.
 * @param {string[]} roots content folders
 */
export function chartCharacters(roots) {
  const kept = [...valueCharacters(roots)].filter((c) => c >= ' ' && /^[\p{Script=Latin}\p{Script=Common}]$/u.test(c) && c.codePointAt(0) < 0x2500);
  return [...new Set([...TEXT_ASCII, ...KIT_CHARACTERS, ...kept])].sort().join('');
}

/** Tables a `bare` variant goes without: layout (it keeps no features), style attributes, hinting. */
const BARE_DROP = ['GDEF', 'GPOS', 'GSUB', 'STAT', 'meta', 'DSIG'];

/**
 * The faces the site uses. `css` is the @font-face weight range; `wght` the axis kept; `features`
 * the OpenType features kept (FEATURES when absent); `chars` which characters (site: every
 * character of content/ and src/ with ALWAYS; chart: chartCharacters of content/).
 * `bare`: no layout tables or hinting at all (0.25 KB a file; the chart face).
 * @typedef {{ style: 'normal' | 'italic', weight: string, wght: number | { min: number, max: number }, pkg: string, file: string, features?: string[], bare?: boolean }} Variant
 * @typedef {{ name: string, cssVariable: string, fallbacks: string[], variants: Variant[], chars?: 'site' | 'chart' }} Face
 * @type {Face[]}
 */
export const FACES = [
  {
    name: 'Source Serif 4', cssVariable: '--font-serif-body', fallbacks: ['Source Serif 4 fallback', 'Georgia', 'serif'],
    variants: [
      { style: 'normal', weight: '400 700', wght: { min: 400, max: 700 }, pkg: 'source-serif-4', file: 'source-serif-4-latin-wght-normal.woff2', features: SERIF_FEATURES },
      { style: 'italic', weight: '400', wght: 400, pkg: 'source-serif-4', file: 'source-serif-4-latin-wght-italic.woff2' },
    ],
  },
  {
    name: 'Inter', cssVariable: '--font-sans-ui', fallbacks: ['Inter fallback', 'system-ui', 'sans-serif'],
    variants: [{ style: 'normal', weight: '400 700', wght: { min: 400, max: 700 }, pkg: 'inter', file: 'inter-latin-wght-normal.woff2', features: ['tnum'] }],
  },
];

/**
 * The embeds' web font: Inter for chart labels and the frame's text, static instances at the two
 * weights the chart kit measures (400 and 650), glyphs only, no layout features: 6 KB each.
 * Measured against one variable file cut to 400–700 (11.0 KB): 0.9 KB more, but the variable cut
 * re-rounds its interpolation deltas and moved some 650 widths by a font unit off the widths the
 * kit measured (metrics.json), where a static instance is exactly the full font at that weight.
 * Each file covers half of the weight range, so the frame's 600 and 700 take the 650 face and
 * nothing is synthesised.
 * @type {Face}
 */
export const CHART_FACE = {
  name: 'Inter Chart', cssVariable: '--font-chart', fallbacks: ['Inter Chart fallback', 'system-ui', 'sans-serif'], chars: 'chart',
  variants: [
    { style: 'normal', weight: '100 549', wght: 400, pkg: 'inter', file: 'inter-latin-wght-normal.woff2', features: [], bare: true },
    { style: 'normal', weight: '550 900', wght: 650, pkg: 'inter', file: 'inter-latin-wght-normal.woff2', features: [], bare: true },
  ],
};

/**
 * The metric-matched fallback faces: a face the reader has, resized to the web face's metrics, so
 * text set before the web face arrives takes the room it will take (no reflow, no layout shift)
 * and a chart's labels keep their places. Written in src/styles/fallback-faces.css (pages) and
 * src/styles/embed.css (embeds: the chart face's, and the serif's, which is what embed titles are
 * set in: embeds never download the serif).
 * `local`: the faces in the order Chromium on Linux should try them. Every local() name it does not
 * find is a blocking call to the browser process before the first paint, and a face that finds
 * none is no fallback at all (the Fonts API's own named only Times New Roman and Arial, which Linux
 * and Android lack: the serif fell back to DejaVu Serif, a fifth wider, and reflowed). Debian's
 * Chromium brings fonts-liberation (Liberation Serif and Sans: the widths and heights of Times New
 * Roman and Arial), ChromeOS has Tinos and Arimo (the same designs), Windows, macOS and iOS Times
 * New Roman and Arial.
 * `metrics`: what the overrides were computed from, as the Fonts API computes them (capsize's
 * average width, and the web face's ascent, descent and line gap, over the local face's): the
 * built web face at weight `wght` over the Liberation face `local` (each Liberation face has the
 * metrics of its Times New Roman or Arial counterpart). Bold text has its own face: set in the
 * regular one, a bold heading took the regular's width and rewrapped when Source Serif came in
 * (CLS 0.19 on a claim page with the fonts a second late).
 * tests/build/fallback-faces.test.ts recomputes every override and checks the first names are
 * installed on a Debian machine with fonts-liberation.
 * @typedef {{ surface: 'pages' | 'embeds', family: string, of: string, style: 'normal' | 'italic', weight: string, local: string[], metrics: { wght?: number, local: string } }} FallbackFace
 */
const SERIF = ['Liberation Serif', 'Tinos', 'Times New Roman'];
const SANS = ['Liberation Sans', 'Arimo', 'Arial'];
const bold = (/** @type {string[]} */ names) => names.map((n) => `${n} Bold`);
/** @type {FallbackFace[]} */
export const FALLBACK_FACES = [
  { surface: 'pages', family: 'Source Serif 4 fallback', of: 'Source Serif 4', style: 'normal', weight: '400 549', local: SERIF, metrics: { wght: 400, local: 'Liberation Serif' } },
  { surface: 'pages', family: 'Source Serif 4 fallback', of: 'Source Serif 4', style: 'normal', weight: '550 700', local: bold(SERIF), metrics: { wght: 700, local: 'Liberation Serif Bold' } },
  { surface: 'pages', family: 'Source Serif 4 fallback', of: 'Source Serif 4', style: 'italic', weight: '400', local: SERIF.map((n) => `${n} Italic`), metrics: { local: 'Liberation Serif Italic' } },
  { surface: 'pages', family: 'Inter fallback', of: 'Inter', style: 'normal', weight: '400 549', local: SANS, metrics: { wght: 400, local: 'Liberation Sans' } },
  { surface: 'pages', family: 'Inter fallback', of: 'Inter', style: 'normal', weight: '550 700', local: bold(SANS), metrics: { wght: 600, local: 'Liberation Sans Bold' } },
  { surface: 'embeds', family: 'Source Serif 4 fallback', of: 'Source Serif 4', style: 'normal', weight: '100 549', local: SERIF, metrics: { wght: 400, local: 'Liberation Serif' } },
  // Embed titles have been set in this bold at the regular's size since the first embeds: kept, so they look as they did.
  { surface: 'embeds', family: 'Source Serif 4 fallback', of: 'Source Serif 4', style: 'normal', weight: '550 900', local: bold(SERIF), metrics: { wght: 400, local: 'Liberation Serif' } },
  { surface: 'embeds', family: 'Inter Chart fallback', of: 'Inter Chart', style: 'normal', weight: '100 900', local: SANS, metrics: { local: 'Liberation Sans' } },
];

/** @param {Variant} v */
export const sourceFile = (v) => require.resolve(`@fontsource-variable/${v.pkg}/files/${v.file}`);

/**
 * Subsets one font file; the result is cached in outDir under a key of everything it depends on.
 * @param {Variant} v @param {string} text @param {string} outDir
 */
async function subsetVariant(v, text, outDir) {
  const source = readFileSync(sourceFile(v));
  const options = {
    targetFormat: /** @type {const} */ ('woff2'), keepFeatures: v.features ?? FEATURES, variationAxes: { wght: v.wght },
    ...(v.bare ? { dropTables: BARE_DROP, noHinting: true } : {}),
  };
  const version = require('subset-font/package.json').version;
  const key = createHash('sha256').update(source).update(text).update(JSON.stringify(options)).update(version).digest('hex').slice(0, 16);
  const out = join(outDir, `${v.file.replace(/\.woff2$/, '')}${typeof v.wght === 'number' ? `-${v.wght}` : ''}.${key}.woff2`);
  if (!existsSync(out)) writeFileSync(out, await subsetFont(source, text, options));
  return out;
}

/**
 * Astro `fonts` entries whose files are the subsets (written to outDir, reused while nothing changed).
 * @template P
 * @param {{ roots: string[], outDir: string, provider: P }} options `provider`: fontProviders.local()
 */
export async function subsetFontsConfig({ roots, outDir, provider }) {
  mkdirSync(outDir, { recursive: true });
  const text = { site: siteCharacters(roots), chart: chartCharacters(roots.slice(0, 1)) };
  const config = await Promise.all([...FACES, CHART_FACE].map(async (face) => {
    const variants = await Promise.all(face.variants.map(async (v) => ({
      weight: v.weight, style: v.style, src: /** @type {[string]} */ ([await subsetVariant(v, text[face.chars ?? 'site'], outDir)]),
    })));
    return {
      name: face.name,
      cssVariable: face.cssVariable,
      fallbacks: face.fallbacks,
      // Each face's metric-matched fallback is ours (FALLBACK_FACES), not the Fonts API's: it names
      // only Times New Roman and Arial, which Linux and Android lack.
      optimizedFallbacks: false,
      provider,
      // Astro types variants as a non-empty tuple; every face has at least one.
      options: { variants: /** @type {[(typeof variants)[0], ...typeof variants]} */ (variants) },
    };
  }));
  // Subsets of earlier content are not needed any more.
  const used = new Set(config.flatMap((f) => f.options.variants.map((v) => v.src[0])));
  for (const name of readdirSync(outDir)) if (!used.has(join(outDir, name))) rmSync(join(outDir, name));
  return config;
}
