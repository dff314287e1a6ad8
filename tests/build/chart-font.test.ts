/**
 * The embeds' chart font (CHART_FACE in src/lib/site/fonts.mjs) draws chart text exactly as wide
 * as the chart kit measured it (src/lib/viz/metrics.json), so a label placed to end at the plot's
 * edge ends there in the reader's browser too: same advance width for every glyph the charts
 * use, and no layout feature (kerning, ligatures, contextual forms) that changes a string's
 * width. Read with HarfBuzz, the shaping engine Chromium uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { beforeAll, describe, expect, it } from 'vitest';
import metrics from '../../src/lib/viz/metrics.json' with { type: 'json' };
import { CHART_FACE, sourceFile } from '../../src/lib/site/fonts.mjs';
import { DIST, htmlPaths } from '../helpers/html';

const WEIGHTS = [400, 650] as const;
const TABLE = metrics.weights as Record<string, Record<string, number>>;
/** metrics.json rounds to 1/1000 em (HarfBuzz is read at 1/64 of a font unit). */
const TOLERANCE = 0.0005 + 1e-6;
/** HarfBuzz's scale: font units × 64, so interpolated widths are not rounded to whole units. */
const SUB = 64;
/** What text.ts assumes for a character the table lacks. */
const UNKNOWN = 0.9;

const decode = (s: string) => s.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|#39);/gi, (_, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e.toLowerCase()]);

const embeds = htmlPaths().filter((p) => /^\/embed\/[a-z-]+\/$/.test(p) && !p.startsWith('/embed/claim') && !p.startsWith('/embed/figure'));
const html = (p: string) => readFileSync(join(DIST, p, 'index.html'), 'utf8');
/** Every run of SVG text in the embeds' charts (a <text> or <tspan> without children). */
const runs = [...new Set(embeds.flatMap((p) => [...html(p).matchAll(/<svg[\s\S]*?<\/svg>/g)]
  .flatMap((svg) => [...svg[0].matchAll(/<(?:text|tspan)\b[^>]*>([^<]+)</g)].map((m) => decode(m[1])))))];

/** The embeds' font faces: each file with the weight range its @font-face declares. */
let faces: { min: number; max: number; font: hb.Font; cmap: Set<number> }[];
let upem: number;
/** Characters of chart text that Inter's Latin file lacks (→, ●): the reader's fallback font draws them. */
let notInInter: Set<string>;
const faceFor = (weight: number) => faces.find((f) => f.min <= weight && weight <= f.max)!;

beforeAll(async () => {
  const rules = new Map(embeds.flatMap((p) => [...html(p).matchAll(/@font-face\{[^}]*?src:url\("(\/_astro\/fonts\/[\w-]+\.woff2)"\)[^}]*?font-weight:(\d+)(?: (\d+))?;/g)]
    .map((m) => [m[1], [Number(m[2]), Number(m[3] ?? m[2])]] as const)));
  expect(rules.size, 'the embeds share one set of font files').toBeLessThanOrEqual(2);
  faces = await Promise.all([...rules].map(async ([url, [min, max]]) => {
    const ttf = await subsetFont(readFileSync(join(DIST, url)), '', { keepAllGlyphs: true, targetFormat: 'truetype' });
    const face = new hb.Face(new hb.Blob(ttf));
    upem = face.upem * SUB;
    const font = new hb.Font(face);
    font.setScale(upem, upem);
    return { min, max, font, cmap: new Set(face.collectUnicodes()) };
  }));
  for (const w of WEIGHTS) expect(faceFor(w), `a face for weight ${w}`).toBeDefined();
  const original = await subsetFont(readFileSync(sourceFile(CHART_FACE.variants[0])), '', { keepAllGlyphs: true, targetFormat: 'truetype' });
  const all = new Set(new hb.Face(new hb.Blob(original)).collectUnicodes());
  notInInter = new Set([...new Set(runs.join(''))].filter((c) => !all.has(c.codePointAt(0)!)));
});

/** Width in em of `text` at `weight`: shaped with the browser's default features, or glyph by glyph. */
function width(text: string, weight: number, shaped: boolean): number {
  const { font } = faceFor(weight);
  font.setVariations([new hb.Variation('wght', weight)]);
  if (!shaped) return [...text].reduce((s, ch) => s + font.glyphHAdvance(font.nominalGlyph(ch.codePointAt(0)!)!), 0) / upem;
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  return buffer.getGlyphPositions().reduce((s, p) => s + p.xAdvance, 0) / upem;
}

describe('the embeds’ chart font', () => {
  it('the embeds draw chart text (sanity: the test reads something)', () => {
    expect(embeds.length).toBeGreaterThanOrEqual(5);
    expect(runs.length).toBeGreaterThan(100);
  });

  it('maps every character of the charts’ SVG text that Inter has', () => {
    const chars = new Set([...runs.join('')].filter((c) => !notInInter.has(c)));
    expect(notInInter.size).toBeLessThanOrEqual(3);
    for (const w of WEIGHTS) expect([...chars].filter((c) => !faceFor(w).cmap.has(c.codePointAt(0)!)), `weight ${w}`).toEqual([]);
  });

  it('gives every glyph the charts use the advance width metrics.json has (or less than the kit’s allowance for an unknown one)', () => {
    const chars = new Set([...runs.join('')].filter((c) => !notInInter.has(c)));
    for (const w of WEIGHTS) {
      for (const ch of chars) {
        const advance = width(ch, w, false);
        const table = TABLE[w][ch];
        if (table === undefined) expect(advance, `"${ch}" at ${w}, not in metrics.json`).toBeLessThanOrEqual(UNKNOWN);
        else expect(Math.abs(advance - table), `"${ch}" (U+${ch.codePointAt(0)!.toString(16)}) at ${w}: font ${advance.toFixed(4)} em, metrics ${table}`).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('sets every chart label exactly as wide as the sum of its glyphs (no kerning, ligatures or alternates)', () => {
    const off: string[] = [];
    for (const w of WEIGHTS) for (const run of runs.filter((r) => ![...r].some((c) => notInInter.has(c)))) {
      const shaped = width(run, w, true);
      const sum = width(run, w, false);
      if (Math.abs(shaped - sum) > 1e-9) off.push(`${w} "${run}": ${shaped.toFixed(3)} em shaped, ${sum.toFixed(3)} em by glyph`);
    }
    expect(off.slice(0, 10), `${off.length} runs`).toEqual([]);
  });
});
