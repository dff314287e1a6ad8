/** The built casualty-claims figure carries exactly the content's plotted figures and their sources. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { inlineTips } from '../helpers/tips.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute } from '../../src/lib/charts/casualty-claims/compute.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

let html: string;
let data: ContentData;
let model: ReturnType<typeof compute>;
beforeAll(async () => {
  html = readFileSync('dist/charts/index.html', 'utf8');
  const { tree } = await loadContent('content');
  data = plainData(tree);
  model = compute(data);
});

const figure = () => {
  const at = html.indexOf('data-chart="casualty-claims"');
  expect(at, 'casualty-claims figure').toBeGreaterThan(-1);
  return inlineTips(html.slice(html.lastIndexOf('<figure', at), html.indexOf('</figure>', at)));
};
const decode = (s: string) => s.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const svgs = (fig: string) => [...fig.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => decode(m[0]));
const tspans = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<tspan class="${cls}">([^<]+)</tspan>`, 'g'))].map((m) => m[1].replace(/\u00a0/g, ' ').trim());

describe('casualty-claims in the built page', () => {
  test('each artboard prints every bar’s figure once as SVG text, in the model’s order', () => {
    const all = svgs(figure());
    expect(all).toHaveLength(4); // narrow matrix + counts, wide matrix + counts
    const [narrow, , wide] = all;
    expect(narrow).toContain('chart-svg--narrow');
    expect(wide).not.toContain('chart-svg--narrow');
    for (const [svg, layout] of [[narrow, 'narrow'], [wide, 'wide']] as const) {
      const values = [...svg.matchAll(/<g class="mark[\s\S]*?<\/g>/g)].flatMap((g) => tspans(g[0], 'viz-strong'));
      expect(values).toEqual(model.layouts[layout].marks.flatMap((m) => m.bars.map((b) => b.label.spans[0].text.replace(/\u00a0/g, ' '))));
    }
  });

  test('every bar carries its measure, value and length, and within a measure length follows value', () => {
    for (const svg of svgs(figure())) {
      const bars = [...svg.matchAll(/data-measure="(\w+)" data-value="([\d.]+)" data-length="([\d.]+)"/g)].map((m) => ({ m: m[1], v: Number(m[2]), len: Number(m[3]) }));
      for (const a of bars) for (const b of bars) if (a.m === b.m && a.v > b.v) expect(a.len).toBeGreaterThan(b.len);
    }
  });

  test('the source line lists exactly the sources of the plotted records', () => {
    const listed = [...figure().matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(model.sources.map((s) => s.id));
  });

  test('the data table has exactly the plotted records', () => {
    const body = figure().slice(figure().indexOf('<tbody'), figure().indexOf('</tbody>'));
    // (a figure cell is a link to the claim's page: compare the text)
    const rows = [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => decode(c[1].replace(/<[^>]+>/g, ''))));
    expect(rows).toEqual(model.table.rows);
  });

  test('the matrices are images titled by the chart and described by the summary, which comes before them', () => {
    const fig = figure();
    const opens = [...fig.matchAll(/<svg[^>]*>/g)].map((m) => m[0]).filter((o) => !o.includes('cc-counts'));
    expect(opens).toHaveLength(2);
    for (const o of opens) expect(o).toMatch(/role="img"[^>]+aria-labelledby="casualty-claims-title"[^>]+aria-describedby="casualty-claims-summary"/);
    expect(decode(fig)).toContain(model.summary);
    expect(fig.indexOf('id="casualty-claims-summary"')).toBeLessThan(fig.indexOf('<svg'));
    for (const note of model.notes) expect(decode(fig)).toContain(note);
  });

  test('every mark is focusable and carries its tooltip data', () => {
    const fig = figure();
    const at = (svg: string) => [...svg.matchAll(/<g class="mark[^"]*"[^>]*>/g)].map((m) => decode(m[0]));
    const [narrow, narrowCounts, wide, wideCounts] = svgs(fig);
    const leads = [...at(narrow), ...at(wide)];
    const counts = [...at(narrowCounts), ...at(wideCounts)];
    expect(leads).toHaveLength(2 * model.layouts.wide.marks.length);
    expect(counts).toHaveLength(2 * model.layouts.wide.counts.marks.length);
    for (const m of [...leads, ...counts]) {
      expect(m).toContain('tabindex="0"');
      // (the running counts' tooltips give every figure with its date, not one quote)
      const fields = ['aria-label', 'data-tip-title', 'data-tip-value', 'data-tip-meta', 'data-tip-source', ...(leads.includes(m) ? ['data-tip-quote'] : [])];
      for (const attr of fields) expect(m, attr).toMatch(new RegExp(`${attr}="[^"]+"`));
    }
  });

  test('the running counts are drawn as the model places them: one dot per figure, in order, on the bars’ scale', () => {
    // (the model test holds the order of positions against values, bars and dots together)
    const [narrow, narrowCounts, wide, wideCounts] = svgs(figure());
    for (const [lead, counts, layout] of [[narrow, narrowCounts, 'narrow'], [wide, wideCounts, 'wide']] as const) {
      const trails = [...counts.matchAll(/<g transform="translate\(0 ([\d.]+)\)" class="viz-rings">([\s\S]*?)<\/g>/g)].map((g) => ({
        y: Number(g[1]), xs: [...g[2].matchAll(/<circle cx="([\d.]+)"/g)].map((c) => Number(c[1])),
      }));
      const model_ = model.layouts[layout].counts.marks.flatMap((m) => m.trails);
      // (an earlier "at least" figure is a chevron, not a circle: one chevron per such figure)
      expect(trails.map((t) => t.xs)).toEqual(model_.map((t) => t.dots.filter((d) => d.latest || !d.open).map((d) => d.x)));
      const chevrons = [...counts.matchAll(/<path d="([^"]+)" class="viz-open viz-open--s"/g)].reduce((n, m) => n + (m[1].match(/l3,3/g) ?? []).length, 0);
      expect(chevrons).toBe(model_.reduce((n, t) => n + t.dots.filter((d) => d.open && !d.latest).length, 0));
      expect(trails.map((t) => t.y)).toEqual(model_.map((t) => t.y));
      // the latest dot of each running count sits where its bar ends, as built
      const bars = [...lead.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-measure="\w+" data-value="([\d.]+)"/g)].map((b) => Number(b[1]) + Number(b[2]));
      for (const t of model_) expect(bars.some((end) => Math.abs(end - t.dots.at(-1)!.x) <= 1.1), `${t.claims.at(-1)}`).toBe(true);
    }
  });

  test('a claim of none is a tick at zero with its word, in both artboards, and a row of the table and the CSV (issue 13: a zero is a value)', () => {
    const zero = data.claims.find((c) => c.claimant.id === 'pakistan-government' && c.group === 'civilians' && c.counted === 'killed' && c.value === 0)!;
    const [narrow, , wide] = svgs(figure());
    for (const svg of [narrow, wide]) {
      const mark = [...svg.matchAll(/<g class="mark[\s\S]*?<\/g>/g)].map((g) => g[0]).find((g) => g.includes('class="viz-zero-tick" data-measure="killed" data-value="0" data-length="0"') && g.includes('Civilians in Afghanistan'));
      expect(mark, 'the zero row').toBeDefined();
      expect(tspans(mark!, 'viz-strong')).toEqual(['none']);
    }
    const csv = readFileSync('dist/charts/casualty-claims.csv', 'utf8');
    const line = csv.split('\n').find((l) => l.includes(zero.source.id) && l.includes('tick at zero'));
    expect(line, 'the CSV row').toBeDefined();
    expect(line).toMatch(/,none,/);
  });

  test('hatched bars are drawn with line segments, not SVG patterns (which print as images)', () => {
    const fig = figure();
    expect(fig).not.toMatch(/<pattern|url\(#/);
    expect([...fig.matchAll(/class="viz-hatch"/g)].length).toBeGreaterThan(0);
  });

  test('no inline style attributes (the CSP forbids them)', () => {
    expect(figure()).not.toMatch(/\sstyle="/);
  });
});
