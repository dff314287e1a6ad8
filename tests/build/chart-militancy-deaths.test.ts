/** The built chart page carries exactly the militancy-deaths chart's plotted values and their sources. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { inlineTips } from '../helpers/tips.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute, allText, plottedRecords } from '../../src/lib/charts/militancy-deaths/compute.ts';
import { plainData, type ContentData, type ChartModel } from '../../src/lib/charts/types.ts';
import type { Geometry } from '../../src/lib/charts/militancy-deaths/compute.ts';

let fig: string;
let data: ContentData;
let model: ChartModel<Geometry>;
beforeAll(async () => {
  const html = readFileSync('dist/charts/index.html', 'utf8');
  const at = html.indexOf('data-chart="militancy-deaths"');
  expect(at, 'figure for militancy-deaths').toBeGreaterThan(-1);
  fig = inlineTips(html.slice(html.lastIndexOf('<figure', at), html.indexOf('</figure>', at)));
  const { tree } = await loadContent('content');
  data = plainData(tree);
  model = compute(data);
});

const decode = (s: string) => s.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** The two artboards' SVG markup (a phone artboard may be two SVGs), narrow first. */
const svgs = () => ['narrow', 'wide'].map((a) => {
  const start = fig.indexOf(`<div class="chart-art--${a}">`);
  return decode([...fig.slice(start, fig.indexOf('</div>', start)).matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('\n'));
});
/** Every value printed in an SVG: the text of its value tspans. */
const printedValues = (svg: string) => [...svg.matchAll(/<tspan class="[^"]*\bmd-value\b[^"]*">([^<]+)<\/tspan>/g)].map((m) => m[1]);
const sorted = (xs: string[]) => [...xs].sort();

describe('militancy-deaths', () => {
  test('each artboard prints exactly the values the compute step places, and every plotted record’s value is among them', () => {
    const [narrow, wide] = svgs();
    for (const [svg, layout] of [[narrow, 'narrow'], [wide, 'wide']] as const) {
      const expected = allText(model.layouts[layout]).flatMap((t) => t.parts.filter((p) => p.cls === 'value' || p.cls === 'value-earlier').map((p) => p.text));
      expect(sorted(printedValues(svg))).toEqual(sorted(expected));
      for (const row of model.table.rows) expect(printedValues(svg), `${layout}: ${row[3]}`).toContain(row[3]);
    }
  });

  test('every plotted record is a focusable mark carrying tooltip data, on both artboards', () => {
    for (const svg of svgs()) {
      const marks = [...svg.matchAll(/<g class="mark" tabindex="0" aria-label="([^"]+)" data-record="([^"]+)" data-tip-title="([^"]+)" data-tip-value="([^"]+)" data-tip-meta="([^"]+)" data-tip-quote="([^"]+)" data-tip-source="([^"]+)"/g)];
      expect(new Set(marks.map((m) => m[2]))).toEqual(new Set(plottedRecords(data).map((c) => c.rec.id)));
      const byId = new Map(data.militancy.map((r) => [r.id, r]));
      for (const m of marks) expect(m[6].startsWith(byId.get(m[2])!.quote)).toBe(true);
    }
  });

  test('the data table lists exactly the plotted rows', () => {
    const rows = [...fig.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)][0][1].match(/<tr/g) ?? [];
    expect(rows.length).toBe(plottedRecords(data).length);
    expect(decode(fig)).toContain(`Data table (${plottedRecords(data).length} rows)`);
  });

  test('the source line lists exactly the sources of the plotted rows', () => {
    const listed = [...fig.matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]);
    expect(sorted(listed)).toEqual(sorted([...new Set(plottedRecords(data).map((c) => c.rec.source.id))]));
    expect(sorted(listed)).toEqual(sorted(model.sources.map((s) => s.id)));
  });

  test('the SVGs are images titled by the chart title and described by the generated summary, and the notes are printed', () => {
    // the lead SVG of each artboard is named by the title and described by the summary
    for (const svg of svgs()) expect(svg).toMatch(/^<svg[^>]+role="img"[^>]+aria-labelledby="militancy-deaths-title"[^>]+aria-describedby="militancy-deaths-summary"/);
    const text = decode(fig);
    expect(text).toContain(model.summary);
    for (const n of model.notes) expect(text).toContain(n);
  });

  test('no inline style attribute (the CSP forbids them)', () => {
    expect(fig).not.toMatch(/\sstyle="/);
  });
});
