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
/** The text of each mark group in an SVG, by record id (a mark holds its marker and its printed value). */
const markTexts = (svg: string) => {
  const out = new Map<string, string>();
  for (const m of svg.matchAll(/<g class="mark"[^>]*data-record="([^"]+)"[^>]*>([\s\S]*?)<\/g>/g)) {
    out.set(m[1], [...m[2].matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((t) => t[1].replace(/<[^>]+>/g, '')).join(' '));
  }
  return out;
};
const sorted = (xs: string[]) => [...xs].sort();

describe('militancy-deaths', () => {
  test('each artboard prints every plotted record’s value inside its own mark, exactly as the compute step lays it out', () => {
    const [narrow, wide] = svgs();
    const plotted = plottedRecords(data);
    for (const [svg, layout] of [[narrow, 'narrow'], [wide, 'wide']] as const) {
      const texts = markTexts(svg);
      for (const [i, c] of plotted.entries()) expect(texts.get(c.rec.id), `${layout}: ${c.rec.id}`).toContain(model.table.rows[i][3]);
      const laid = allText(model.layouts[layout]).length + (layout === 'wide' ? allText(model.layouts.wide.full!).length : 0);
      expect((svg.match(/<text /g) ?? []).length, `${layout}: text elements`).toBe(laid);
    }
  });

  test('the wide artboard carries the full-width desktop artboard after it, and only the first is what downloads and print use', () => {
    const [, wide] = svgs();
    const classes = [...wide.matchAll(/<svg[^>]*class="([^"]+)"/g)].map((m) => m[1]);
    expect(classes).toHaveLength(2);
    expect(classes[0]).toContain('md-svg--fit');
    expect(classes[1]).toContain('md-svg--full');
    expect(wide).toContain(`viewBox="0 0 ${model.layouts.wide.full!.width} ${model.layouts.wide.full!.height}"`);
  });

  test('markers carry their value and height above the axis for the invariant tests, and coordinates are rounded', () => {
    const [narrow, wide] = svgs();
    for (const svg of [narrow, wide]) {
      expect((svg.match(/data-measure="deaths"/g) ?? []).length).toBeGreaterThan(10);
      const geometry = [...svg.matchAll(/\s(?:x|y|x1|x2|y1|y2|cx|cy|r|d|data-length)="([^"]*)"/g)].map((m) => m[1]).join(' ');
      expect(geometry).toMatch(/\d\.\d/);
      expect(geometry).not.toMatch(/\d\.\d{2,}/);
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
