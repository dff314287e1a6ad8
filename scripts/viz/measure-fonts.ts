/**
 * Writes src/lib/viz/metrics.json: the advance width (in em) of every character chart text may
 * use, in the chart font (Inter, the variable file the site ships) at the weights charts use.
 * Measured in Chromium, so build-time layout agrees with what readers' browsers draw.
 * Run `node scripts/viz/measure-fonts.ts` after changing the chart font or its weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../lib/chromium.ts';

const FONT = 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2';
const WEIGHTS = [400, 650];
const extra = '’‘“”–—→←·…×≥≤±°%€£$ ';
const chars = [...new Set([...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...extra, '\u00a0'])];

const font = readFileSync(FONT).toString('base64');
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setContent(`<style>@font-face{font-family:M;src:url(data:font/woff2;base64,${font}) format('woff2');font-weight:100 900}</style><p style="font-family:M">x</p>`);
  await page.evaluate(() => document.fonts.ready);
  const out: Record<string, Record<string, number>> = {};
  for (const w of WEIGHTS) {
    out[w] = await page.evaluate(([cs, wt]) => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = `${wt} 1000px M`;
      return Object.fromEntries((cs as string[]).map((ch) => [ch, Math.round(c.measureText(ch).width) / 1000]));
    }, [chars, w] as const);
    // check the font really loaded: Inter's "0" is 0.62 em at 400 (a fallback would differ)
  }
  writeFileSync('src/lib/viz/metrics.json', `${JSON.stringify({ font: 'Inter (variable, latin)', weights: out }, null, 0)}\n`);
  console.log('wrote src/lib/viz/metrics.json', Object.keys(out[400]).length, 'characters', 'digit 0 =', out[400]['0'], 'W =', out[650]['W']);
} finally { await browser.close(); }
