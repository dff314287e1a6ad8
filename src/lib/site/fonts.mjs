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
 *  - OpenType features the site relies on (kerning, ligatures, contextual forms, marks, tabular
 *    figures for tables); stylistic sets and alternates are dropped, which is most of the saving.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

export const FEATURES = ['ccmp', 'locl', 'rvrn', 'kern', 'liga', 'clig', 'calt', 'mark', 'mkmk', 'tnum'];

/** Always kept, whatever the sources hold: printable ASCII and the typography prose and numbers use. */
export const ALWAYS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')
  + '\u00a0\u2009\u202f–—‘’“”…·•×−→←↑↓≥≤°§%€£$';

const TEXT_FILES = new Set(['.yaml', '.yml', '.md', '.mdx', '.astro', '.ts', '.mjs', '.js', '.json', '.csv']);

/**
 * Every character in the text files under the given folders, with ALWAYS; sorted, so the same
 * sources give the same string (and the same font bytes).
 * @param {string[]} roots
 */
export function siteCharacters(roots) {
  const chars = new Set(ALWAYS);
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEXT_FILES.has(extname(name))) for (const ch of readFileSync(path, 'utf8')) chars.add(ch);
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return [...chars].filter((c) => c >= ' ').sort().join('');
}

/**
 * The faces the site uses. `css` is the @font-face weight range; `wght` the axis kept.
 * @typedef {{ style: 'normal' | 'italic', weight: string, wght: number | { min: number, max: number }, pkg: string, file: string }} Variant
 * @typedef {{ name: string, cssVariable: string, fallbacks: string[], variants: Variant[] }} Face
 * @type {Face[]}
 */
export const FACES = [
  {
    name: 'Source Serif 4', cssVariable: '--font-serif-body', fallbacks: ['Georgia', 'serif'],
    variants: [
      { style: 'normal', weight: '400 700', wght: { min: 400, max: 700 }, pkg: 'source-serif-4', file: 'source-serif-4-latin-wght-normal.woff2' },
      { style: 'italic', weight: '400', wght: 400, pkg: 'source-serif-4', file: 'source-serif-4-latin-wght-italic.woff2' },
    ],
  },
  {
    name: 'Inter', cssVariable: '--font-sans-ui', fallbacks: ['system-ui', 'sans-serif'],
    variants: [{ style: 'normal', weight: '400 700', wght: { min: 400, max: 700 }, pkg: 'inter', file: 'inter-latin-wght-normal.woff2' }],
  },
];

/** @param {Variant} v */
export const sourceFile = (v) => require.resolve(`@fontsource-variable/${v.pkg}/files/${v.file}`);

/**
 * Subsets one font file; the result is cached in outDir under a key of everything it depends on.
 * @param {Variant} v @param {string} text @param {string} outDir
 */
async function subsetVariant(v, text, outDir) {
  const source = readFileSync(sourceFile(v));
  const options = { targetFormat: /** @type {const} */ ('woff2'), keepFeatures: FEATURES, variationAxes: { wght: v.wght } };
  const version = require('subset-font/package.json').version;
  const key = createHash('sha256').update(source).update(text).update(JSON.stringify(options)).update(version).digest('hex').slice(0, 16);
  const out = join(outDir, `${v.file.replace(/\.woff2$/, '')}.${key}.woff2`);
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
  const text = siteCharacters(roots);
  const config = await Promise.all(FACES.map(async (face) => {
    const variants = await Promise.all(face.variants.map(async (v) => ({
      weight: v.weight, style: v.style, src: /** @type {[string]} */ ([await subsetVariant(v, text, outDir)]),
    })));
    return {
      name: face.name,
      cssVariable: face.cssVariable,
      fallbacks: face.fallbacks,
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
