/**
 * Chart downloads a newsroom can post: every PNG at a standard aspect between 4:5 portrait and
 * 16:9 landscape; the chart framed by the model's title, one source line and the credit (not a
 * page of citations); text in the PNG no smaller than a minimum; the numbers drawn are the built
 * artboard's numbers.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { loadContent } from '../../src/lib/content/load.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { sourceLine } from '../../src/lib/charts/sources.ts';
import { plainData } from '../../src/lib/charts/types.ts';
import { ASPECTS } from '../../scripts/downloads/compose.ts';

const DIST = process.env.CHART_DIST ?? 'dist';
const data = plainData((await loadContent('content')).tree);
/** Text in the 2× PNG: at least 27 px (13.5 px at 1×, the smallest chart text on screen) ... */
const MIN_TEXT_PX = 27;
/** ... and at least 1/90 of the image's width, so a feed showing it 600 px wide still draws it at 6.7 px. */
const MIN_TEXT_OF_WIDTH = 1 / 90;

const pngSize = (file: string) => {
  const b = readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const numbers = (texts: string[]) => texts.flatMap((t) => t.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[.,]$/, '')).sort();
/** The font size of a text element: its inline style, else its attribute, else its parent's. */
function fontSize(el: ReturnType<typeof parse>): number {
  for (let e: typeof el | null = el; e; e = e.parentNode as typeof el | null) {
    const style = /font-size:\s*([\d.]+)px/.exec(e.getAttribute?.('style') ?? '');
    if (style) return Number(style[1]);
    const attr = e.getAttribute?.('font-size');
    if (attr) return Number(attr);
  }
  return NaN;
}

describe.each(CHARTS.map((c) => c.id))('%s', (id) => {
  const def = CHARTS.find((c) => c.id === id)!;
  const model = def.compute(data);
  const svgText = readFileSync(`${DIST}/charts/${id}.svg`, 'utf8');
  const root = parse(svgText);
  const outer = root.querySelector('svg')!;
  const [W, H] = [Number(outer.getAttribute('width')), Number(outer.getAttribute('height'))];
  const chart = outer.querySelector('svg')!;
  const frameTexts = outer.childNodes.filter((n) => (n as { rawTagName?: string }).rawTagName === 'text').map((n) => decode(n.text));
  const png = pngSize(`${DIST}/charts/${id}.png`);

  test('the PNG is twice the SVG, at a standard aspect between 4:5 and 16:9', () => {
    expect([png.width, png.height]).toEqual([2 * W, 2 * H]);
    const ratio = png.width / png.height;
    expect(ratio, `${png.width}×${png.height}`).toBeGreaterThanOrEqual(4 / 5 - 0.002);
    expect(ratio, `${png.width}×${png.height}`).toBeLessThanOrEqual(16 / 9 + 0.002);
    const nearest = Math.min(...ASPECTS.map((a) => Math.abs(ratio - a.ratio)));
    expect(nearest, `${png.width}×${png.height} is not one of ${ASPECTS.map((a) => a.name).join(', ')}`).toBeLessThan(0.002);
  });

  test('the subtitle and summary place no view against another: the same words frame the page’s stack, the download’s column and the card (issue 13: words match the layout of each surface)', () => {
    const where = /\b(beside|below|above|under(neath)?|alongside|to the (left|right)( of)?)\b/i;
    expect(def.subtitle).not.toMatch(where);
    expect(model.summary).not.toMatch(where);
  });

  test('around the chart: the model’s title and subtitle, one source line and the credit, nothing else', () => {
    const joined = frameTexts.join(' ');
    expect(joined).toContain(def.title);
    expect(joined).toContain(def.subtitle);
    expect(joined).toContain(`${sourceLine(model)}.`);
    expect(joined).toMatch(/Chart: Pakistan–Afghanistan 2026: the explainer · Data as of \d+ \w+ \d{4} ·/);
    // the full provenance is in <desc>, not drawn: no source title is printed on the image
    for (const s of model.sources) if (s.title.length > 25) expect(joined, s.title).not.toContain(s.title);
    // the furniture under the chart is at most a fifth of the image
    const chartBottom = Number(chart.getAttribute('y')) + Number(chart.getAttribute('height'));
    const footYs = outer.childNodes.filter((n) => (n as { rawTagName?: string }).rawTagName === 'text')
      .map((n) => Number((n as ReturnType<typeof parse>).getAttribute('y'))).filter((y) => y > chartBottom);
    expect((Math.max(...footYs) - Math.min(...footYs) + 24) / H).toBeLessThan(0.2);
    // title, chart and foot stay together: no more blank between them than the frame's gaps
    expect(Math.min(...footYs) - chartBottom).toBeLessThan(40);
  });

  test('the source line names only what the download itself shows, and no part of the page it lacks', () => {
    const source = frameTexts.join(' ');
    // the download has no disclosure, table, tooltip or notes: a line pointing at them is untrue there
    expect(source).not.toMatch(/Sources and notes|data table|tooltip|\bbelow\b|\babove\b/i);
    // each originator named is one the drawn views show (a publisher's count, a claimant's figure);
    // the map's marks are places, not sources, so its line names where the events come from instead
    if (id === 'strike-map') return;
    const drawn = chart.querySelectorAll('text').map((t) => decode(t.text)).join(' ').replace(/\s+/g, ' ');
    for (const name of model.originators ?? []) expect(drawn, `${name} is in the source line but not drawn`).toContain(name);
  });

  test(`every text is at least ${MIN_TEXT_PX} px in the PNG and 1/90 of its width`, () => {
    const scale = png.width / W;
    const sizes = root.querySelectorAll('text, tspan').filter((t) => t.text.trim()).map(fontSize);
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.filter((s) => Number.isNaN(s))).toEqual([]);
    const smallest = Math.min(...sizes) * scale;
    expect(smallest).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(smallest / png.width).toBeGreaterThanOrEqual(MIN_TEXT_OF_WIDTH);
  });

  test('the chart drawn is the views of the built artboard a desktop reader sees, with the same numbers', () => {
    const { html } = JSON.parse(readFileSync(`${DIST}/embed/${id}/wide.json`, 'utf8')) as { html: string };
    const views = parse(html).querySelectorAll('svg').map((s) => ({ viewBox: s.getAttribute('viewBox'), nums: numbers(s.querySelectorAll('text').map((t) => decode(t.text))) }));
    // one view is the chart itself; two or more sit side by side in a holder
    const drawn = chart.getAttribute('viewBox') && views.some((v) => v.viewBox === chart.getAttribute('viewBox')) ? [chart] : chart.childNodes.filter((n) => (n as { rawTagName?: string }).rawTagName === 'svg') as (typeof chart)[];
    expect(drawn.length).toBeGreaterThan(0);
    for (const d of drawn) {
      const same = views.find((v) => v.viewBox === d.getAttribute('viewBox'));
      expect(same, `viewBox ${d.getAttribute('viewBox')} among ${views.map((v) => v.viewBox)}`).toBeDefined();
      expect(numbers(d.querySelectorAll('text').map((t) => decode(t.text)))).toEqual(same!.nums);
    }
    expect(numbers(chart.querySelectorAll('text').map((t) => decode(t.text))).length).toBeGreaterThan(3);
  });
});
