/** The built returnee-flows chart carries exactly the plotted figures, their marks and their sources. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { inlineTips } from '../helpers/tips.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute } from '../../src/lib/charts/returnee-flows/compute.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

let html: string;
let model: ReturnType<typeof compute>;
beforeAll(async () => {
  html = readFileSync('dist/charts/index.html', 'utf8');
  const { tree } = await loadContent('content');
  model = compute(plainData(tree) as ContentData);
});

const decode = (s: string) => s.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** The markup of the chart's <figure>. */
const figure = () => {
  const at = html.indexOf('data-chart="returnee-flows"');
  expect(at, 'figure for returnee-flows').toBeGreaterThan(-1);
  return inlineTips(html.slice(html.lastIndexOf('<figure', at), html.indexOf('</figure>', at)));
};
/** The SVG of one artboard. */
const artboard = (layout: 'narrow' | 'wide') => {
  const fig = figure();
  const start = fig.indexOf(`<div class="chart-art--${layout}">`);
  expect(start).toBeGreaterThan(-1);
  return decode(fig.slice(start, fig.indexOf('</svg>', start)));
};
describe('returnee-flows', () => {
  test.each(['narrow', 'wide'] as const)('in the %s artboard every point of the lead is one focusable mark carrying its value as written', (layout) => {
    const svg = artboard(layout);
    const marks = [...svg.matchAll(/<g class="mark[^"]*" tabindex="0" aria-label="([^"]+)" data-record="([^"]+)" data-tip-title="[^"]+" data-tip-value="([^"]+)" data-tip-meta="[^"]+" data-tip-quote="[^"]+" data-tip-source="[^"]+"[^>]*>/g)]
      .map((m) => ({ aria: m[1], id: m[2], value: m[3] }));
    const plotted = model.layouts[layout].points;
    expect(marks.map((m) => m.id)).toEqual(plotted.map((m) => m.id));
    expect(marks.map((m) => m.value)).toEqual(plotted.map((m) => m.tip.value));
    for (const m of marks) expect(m.aria).toContain(m.value);
  });

  test('the data table has exactly the plotted rows, values as written', () => {
    const fig = decode(figure());
    // (a figure cell is a link to the figure's page: compare the text)
    const rows = [...fig.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].slice(1).map((m) => [...m[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1].replace(/<[^>]+>/g, '')));
    expect(rows).toEqual(model.table.rows);
  });

  test('the source line lists exactly the sources of the plotted rows', () => {
    const listed = [...figure().matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(model.sources.map((s) => s.id));
  });

  test('the milestone key prints each milestone’s event title in both artboards', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const text = artboard(layout).replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' ');
      expect(model.layouts[layout].milestones.length).toBeGreaterThan(0);
      for (const t of ['Afghan Citizen Card holders', 'Proof of Registration']) expect(text).toContain(t);
    }
  });

  test('the SVG is an image with a title and the generated summary as description', () => {
    const fig = figure();
    expect(fig).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="returnee-flows-title"[^>]+aria-describedby="returnee-flows-summary"/);
    expect(decode(fig)).toContain(model.summary);
    for (const n of model.notes) expect(decode(fig)).toContain(n);
    expect(fig).not.toMatch(/\sstyle="/);
  });
});

describe('returnee-flows: the one open-ended glyph (issue 13: one glyph for "at least / more than", used everywhere)', () => {
  /** The absolute points of a path of M/m/L/l moves (the build writes paths relative and compact). */
  const pointsOf = (d: string) => {
    const pts: [number, number][] = [];
    let at: [number, number] = [0, 0];
    for (const m of d.matchAll(/([MmLl])([^MmLl]*)/g)) {
      const nums = (m[2].match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      for (let i = 0; i + 1 < nums.length; i += 2) {
        at = m[1] === 'm' || m[1] === 'l' ? [at[0] + nums[i], at[1] + nums[i + 1]] : [nums[i], nums[i + 1]];
        pts.push([Math.round(at[0] * 10) / 10, Math.round(at[1] * 10) / 10]);
      }
    }
    return pts;
  };
  test.each(['narrow', 'wide'] as const)('in the %s artboard each "more than" point carries the kit’s upward chevron (openEndUpPath), nothing drawn of its own', async (layout) => {
    const { openEndUpPath } = await import('../../src/lib/viz/glyph.ts');
    const svg = artboard(layout);
    const open = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" class="viz-dot"[^>]*><\/circle>\s*<path d="([^"]+)" class="viz-open"/g)];
    expect(open.length).toBe(model.layouts[layout].points.filter((p) => p.open).length);
    expect(open.length).toBeGreaterThan(0);
    for (const [, cx, cy, r, d] of open) expect(pointsOf(d), `${cx},${cy}`).toEqual(pointsOf(openEndUpPath(Number(cx), Number(cy), Number(r))));
  });
});
