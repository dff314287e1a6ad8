/** Every chart's downloads are valid and carry what the chart carries: SVG, 2× PNG, CSV, oEmbed, citation. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { useSiteBrowser } from '../helpers/browser.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

interface Entry { id: string; title: string; embed: string; oembed: string; downloads: Record<'svg' | 'png' | 'csv', string>; cite: { text: string; bibtex: string } }
const { charts } = JSON.parse(readFileSync('dist/charts.json', 'utf8')) as { charts: Entry[] };
const local = (url: string) => `dist${new URL(url).pathname}`;

const env = useSiteBrowser();
let data: ContentData;
beforeAll(async () => { data = plainData((await loadContent('content')).tree); });

test('/charts.json lists every chart with its embed, oEmbed, downloads and citations, and every file exists', () => {
  expect(charts.map((c) => c.id)).toEqual(CHARTS.map((c) => c.id));
  for (const c of charts) {
    for (const url of [c.embed, c.oembed, ...Object.values(c.downloads)]) expect(existsSync(local(url.endsWith('/') ? `${url}index.html` : url)), url).toBe(true);
    expect(c.cite.text).toContain(c.title);
    expect(c.cite.bibtex).toMatch(new RegExp(`^@misc\\{pa-explainer-${c.id},[\\s\\S]*title = \\{${c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\}[\\s\\S]*\\}$`));
  }
});

describe.each(CHARTS.map((c) => c.id))('%s', (id) => {
  const entry = () => charts.find((c) => c.id === id)!;
  const model = () => CHARTS.find((c) => c.id === id)!.compute(data);

  test('the SVG parses as XML, stands alone and carries the title, every source and the credit', async () => {
    const svg = readFileSync(local(entry().downloads.svg), 'utf8');
    const page = await env.browser.newPage();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, text: doc.documentElement.textContent ?? '', external: [...doc.querySelectorAll('[href]')].map((e) => e.getAttribute('href')).filter((h) => h && !h.startsWith('#')) };
    }, svg);
    await page.close();
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.external, 'no external references').toEqual([]);
    const text = parsed.text.replace(/\s+/g, ' ');
    expect(text).toContain(entry().title);
    for (const s of model().sources) expect(text, s.id).toContain(s.publisher);
    expect(text).toMatch(/Pakistan–Afghanistan 2026: the explainer · Data as of \d+ \w+ \d{4}/);
    expect(svg).toMatch(/@font-face\{font-family:Inter;[^}]*base64,/);
  });

  test('the PNG decodes at twice the SVG’s size', async () => {
    const svg = readFileSync(local(entry().downloads.svg), 'utf8');
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/`);
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, new URL(entry().downloads.png).pathname);
    await page.close();
    expect(size).toEqual([2 * w, 2 * h]);
  });

  test('the CSV is exactly the plotted rows, with each row’s source spelled out', () => {
    const rows = parseCsv(readFileSync(local(entry().downloads.csv), 'utf8')) as string[][];
    const m = model();
    expect(rows[0].slice(0, m.table.columns.length)).toEqual(m.table.columns);
    expect(rows.slice(1).map((r) => r.slice(0, m.table.columns.length))).toEqual(m.table.rows);
    if (m.sources.length) {
      expect(rows[0].slice(-4)).toEqual(['Source publisher', 'Source title', 'Source date', 'Source URL']);
      // Each row's publisher cell is made only of the chart's sources' publishers (joined by '; ').
      const known = [...new Set(m.sources.map((s) => s.publisher))].sort((a, b) => b.length - a.length);
      for (const r of rows.slice(1)) {
        let rest = r.at(-4)!;
        for (const p of known) rest = rest.split(p).join('');
        expect(rest.replace(/;\s*/g, '').trim(), r.at(-4)).toBe('');
      }
    }
  });

  test('the oEmbed document is rich, embeds the chart and describes its thumbnail', () => {
    const o = JSON.parse(readFileSync(local(entry().oembed), 'utf8'));
    expect(o).toMatchObject({ version: '1.0', type: 'rich', title: entry().title, thumbnail_url: entry().downloads.png });
    expect(o.html).toContain(`src="${entry().embed}"`);
    const svg = readFileSync(local(entry().downloads.svg), 'utf8');
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    expect([o.thumbnail_width, o.thumbnail_height]).toEqual([2 * w, 2 * h]);
  });
});
