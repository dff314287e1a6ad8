/** The built chart pages carry exactly the content's plotted values and their sources. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/load.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { computeForceBalance } from '../../src/lib/charts/force-balance/compute.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

let html: string;
let data: ContentData;
beforeAll(async () => {
  html = readFileSync('dist/charts/index.html', 'utf8');
  const { tree } = await loadContent('content');
  data = plainData(tree);
});

/** The markup of one chart's <figure>. */
const figure = (id: string) => {
  const start = html.indexOf(`<figure class="chart`);
  const at = html.indexOf(`data-chart="${id}"`, start);
  expect(at, `figure for ${id}`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<figure', at), html.indexOf('</figure>', at));
};
const decode = (s: string) => s.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');

test('/charts.json lists every registered chart', () => {
  const list = JSON.parse(readFileSync('dist/charts.json', 'utf8')) as { charts: { id: string; page: string }[] };
  expect(list.charts.map((c) => c.id)).toEqual(CHARTS.map((c) => c.id));
});

describe('force-balance', () => {
  test('every compared value is printed in both artboards as SVG text, zero as “none” with its words', () => {
    const fig = decode(figure('force-balance')).replace(/\u00a0/g, ' ');
    const model = computeForceBalance(data);
    for (const layout of ['narrow', 'wide'] as const) {
      for (const b of model.layouts[layout].bars) expect(fig).toContain(b.value === 0 ? 'none (“no fighter jets”)' : `<tspan class="viz-strong">${b.record.valueText}</tspan>`);
    }
  });

  test('the source line lists exactly the sources of the plotted rows', () => {
    const fig = figure('force-balance');
    const listed = [...fig.matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(computeForceBalance(data).sources.map((s) => s.id).sort());
  });

  test('the SVG is an image with a title and the generated summary as description', () => {
    const fig = figure('force-balance');
    expect(fig).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="force-balance-title"[^>]+aria-describedby="force-balance-summary"/);
    expect(decode(fig)).toContain(computeForceBalance(data).summary);
  });
});
