/**
 * One zero mark (issue 13, "One visual language"): every chart that draws a source's "none" on a
 * bar scale draws the kit's zero tick (src/lib/viz/glyph.ts), of one size, and explains it in
 * its key with the kit's words. Set CHART_DIST to check another build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ZERO_OVER, ZERO_TEXT } from '../../src/lib/viz/glyph.ts';

const DIST = process.env.CHART_DIST ?? 'dist';
const html = readFileSync(`${DIST}/charts/index.html`, 'utf8');

/** The markup of one chart's <figure> on /charts/. */
function figure(id: string): string {
  const at = html.indexOf(`data-chart="${id}"`);
  expect(at, `figure for ${id}`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<figure', at), html.indexOf('</figure>', at));
}

/** Every mark that draws a figure of zero, as its tag. */
const zeroMarks = (fig: string) => [...fig.matchAll(/<[a-z]+\b[^>]*\bdata-value="0"[^>]*>/g)].map((m) => m[0]);

describe.each(['casualty-claims', 'force-balance'])('%s', (id) => {
  test('a source’s none is drawn as the kit’s zero tick, the same size in every chart, and explained in the key', () => {
    const fig = figure(id);
    const marks = zeroMarks(fig);
    expect(marks.length, 'zero marks drawn').toBeGreaterThan(0);
    // the chart's bars (marks with a value above zero), for the tick's height
    const barH = [...fig.matchAll(/<rect\b[^>]*\bheight="([\d.]+)"[^>]*\bdata-value="[1-9]/g)].map((m) => Number(m[1]));
    expect(barH.length, 'bars drawn').toBeGreaterThan(0);
    for (const m of marks) {
      expect(m, 'the kit’s zero tick').toMatch(/^<path\b[^>]*class="viz-zero-tick"/);
      // as tall as the chart's bars plus the kit's overhang above and below
      const v = Number(/\bd="M[\d.]+,[\d.]+v([\d.]+)"/.exec(m)?.[1]);
      expect(v - 2 * ZERO_OVER, `tick length in ${m}`).toBe(barH[0]);
    }
    expect(fig, 'no other zero mark (the hollow dot)').not.toMatch(/class="viz-zero"/);
    expect(fig.replace(/\u00a0|&nbsp;/g, ' '), 'the key explains it in the kit’s words').toContain(ZERO_TEXT);
  });
});
