/** The built /charts/ page carries exactly the strike map's plotted places and their sources. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { inlineTips } from '../helpers/tips.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute } from '../../src/lib/charts/strike-map/compute.ts';
import { plainData, type ChartModel } from '../../src/lib/charts/types.ts';
import type { Geometry } from '../../src/lib/charts/strike-map/layout.ts';

let fig: string;
let model: ChartModel<Geometry>;
beforeAll(async () => {
  const html = readFileSync('dist/charts/index.html', 'utf8');
  const at = html.indexOf('data-chart="strike-map"');
  expect(at, 'figure for strike-map').toBeGreaterThan(-1);
  fig = inlineTips(html.slice(html.lastIndexOf('<figure', at), html.indexOf('</figure>', at)));
  const { tree } = await loadContent('content');
  model = compute(plainData(tree));
});

const decode = (s: string) => s.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');
/** The two artboards' SVGs, narrow first. */
const svgs = () => [...fig.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => decode(m[0]));
const texts = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<text[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

describe('strike-map', () => {
  test('each artboard prints exactly the names of the places it labels, the numbers of those it keys, and the key', () => {
    const [narrow, wide] = svgs();
    for (const [svg, g] of [[narrow, model.layouts.narrow], [wide, model.layouts.wide]] as const) {
      const sites = g.panels.flatMap((p) => p.sites);
      expect(texts(svg, 'sm-place').sort()).toEqual(sites.filter((s) => s.name).map((s) => s.label).sort());
      expect(texts(svg, 'sm-number').sort()).toEqual(sites.filter((s) => s.numberText).map((s) => String(s.keyNumber)).sort());
      const key = [...svg.matchAll(/class="chart-label sm-key-item"><tspan[^>]*>(\d+)<\/tspan> ([^<]+)<\/text>/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(key).toEqual(g.key.items.map((k) => `${k.n} ${k.text}`));
      // every place on the map is named in this artboard, beside its marker or in the key
      const named = new Set([...texts(svg, 'sm-place'), ...g.key.items.map((k) => k.text)]);
      for (const s of g.panels[0].sites) expect(named.has(s.label), s.label).toBe(true);
    }
  });

  test('one focusable mark per place with events, carrying its tooltip data', () => {
    for (const [i, svg] of svgs().entries()) {
      const g = i === 0 ? model.layouts.narrow : model.layouts.wide;
      const marks = [...svg.matchAll(/<g class="mark" tabindex="0" data-site="([^"]+)" aria-label="([^"]+)" data-tip-title="[^"]+" data-tip-value="[^"]+" data-tip-meta="[^"]+" data-tip-source="[^"]+"/g)];
      const expected = g.panels.flatMap((p) => p.sites.filter((s) => s.tip));
      expect(marks.map((m) => m[1]).sort()).toEqual(expected.map((s) => s.id).sort());
      for (const m of marks) expect(m[2]).toBe(expected.find((s) => s.id === m[1])!.tip!.aria);
    }
  });

  test('the source line lists exactly the sources of the plotted events, and the table one row per place', () => {
    const listed = [...fig.matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(model.sources.map((s) => s.id).sort());
    const rows = fig.slice(fig.indexOf('<tbody')).match(/<tr/g) ?? [];
    expect(rows.length).toBe(model.table.rows.length);
  });

  test('the SVG is an image with a title and the generated summary as description; no inline styles', () => {
    expect(fig).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="strike-map-title"[^>]+aria-describedby="strike-map-summary"/);
    expect(decode(fig)).toContain(model.summary);
    for (const n of model.notes) expect(decode(fig)).toContain(n);
    for (const svg of svgs()) expect(svg).not.toMatch(/\sstyle=/); // the CSP forbids inline styles
    expect(svgs()[0]).toMatch(/class="chart-svg sm chart-svg--narrow"/);
  });
});

describe('strike-map weight (issue 16: every embed <= 30 KB gzipped in all)', () => {
  test('each artboard in the built embed is at most 5.5 KB gzipped, its geography at most 1.6 KB and its province boundaries 1 KB', () => {
    const dist = process.env.CHART_DIST ?? 'dist';
    // the embed page holds the narrow artboard; the wide one is in the page or, since embeds
    // write one artboard, in wide.json (fetched by frames 640 px or wider)
    let html = readFileSync(`${dist}/embed/strike-map/index.html`, 'utf8');
    if (existsSync(`${dist}/embed/strike-map/wide.json`)) html += (JSON.parse(readFileSync(`${dist}/embed/strike-map/wide.json`, 'utf8')) as { html: string }).html;
    const artboards = [...html.matchAll(/<svg[^>]*class="chart-svg sm[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(artboards).toHaveLength(2);
    for (const svg of artboards) {
      const gz = gzipSync(svg).length;
      // province boundaries (thin lines, added after the 5 KB budget was set) are counted apart
      const provinces = [...svg.matchAll(/<path d="([^"]*)" class="sm-provinces"/g)].map((m) => m[1]);
      const paths = [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]).filter((d) => !provinces.includes(d)).join('');
      expect(provinces.length, 'province boundaries drawn').toBeGreaterThan(0);
      expect(gz, `artboard ${gz} bytes`).toBeLessThanOrEqual(5632);
      expect(gzipSync(paths).length, 'geography').toBeLessThanOrEqual(1600);
      expect(gzipSync(provinces.join('')).length, 'province boundaries').toBeLessThanOrEqual(1000);
    }
  });
});
