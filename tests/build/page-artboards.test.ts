/**
 * Pages carry each chart's narrow artboard only (issue 16: every article at most 100 KB before
 * the reader scrolls). The wide artboard's place holds empty boxes of its size and names the JSON
 * it is fetched from; the tooltip table is a JSON file too. Both files are in the build, and
 * match the page: the same boxes, every mark's tooltip row present. The charts page keeps every
 * chart whole.
 */
import { expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { DIST, page } from '../helpers/html.ts';

const pages = [...new Set(CHARTS.map((c) => c.page!))];
const json = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
const boxes = (html: string) => parse(html).querySelectorAll('svg').map((s) => ['class', 'viewBox', 'width', 'height'].map((a) => s.getAttribute(a)).join(' '));

test.each(pages)('%s holds no wide artboard, only its place, and the artboard it fetches is in the build', (path) => {
  const figures = page(path).querySelectorAll('figure[data-chart]');
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) {
    const id = figure.getAttribute('data-chart')!;
    const place = figure.querySelector('.chart-art--wide')!;
    const src = place.getAttribute('data-src');
    expect(src, `${path} ${id}: the wide artboard's address`).toBe(`/charts/${id}/wide.json`);
    // only empty boxes: no marks, labels or paths of the wide artboard in the page
    expect(place.querySelectorAll('svg').length, `${path} ${id}: a box per SVG`).toBeGreaterThan(0);
    expect(place.querySelectorAll('svg *').length, `${path} ${id}: wide artboard markup in the page`).toBe(0);
    for (const svg of place.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(existsSync(join(DIST, src!)), `${src} built`).toBe(true);
    const wide = (json(src!) as { html: string }).html;
    expect(wide).toContain('<text');
    expect(boxes(wide), `${id}: the place has the artboard's boxes`).toEqual(boxes(place.innerHTML));
  }
});

test.each(pages)('%s fetches its tooltip tables, and every mark of both artboards has its row', (path) => {
  for (const figure of page(path).querySelectorAll('figure[data-chart]')) {
    const id = figure.getAttribute('data-chart')!;
    const table = figure.querySelector('script.chart-tips')!;
    expect(table.getAttribute('data-src'), `${path} ${id}`).toBe(`/charts/${id}/tips.json`);
    expect(table.textContent.trim(), `${path} ${id}: table in the page`).toBe('');
    const rows = json(`/charts/${id}/tips.json`) as unknown[];
    const wide = (json(`/charts/${id}/wide.json`) as { html: string }).html;
    const marks = [...(figure.querySelector('.chart-art--narrow')!.innerHTML + wide).matchAll(/ data-tip="(\d+)"/g)].map((m) => Number(m[1]));
    expect(marks.length, `${id}: marks with tooltips`).toBeGreaterThan(0);
    for (const row of marks) expect(rows[row], `${id}: row ${row}`).toBeTruthy();
  }
});

test('/charts/ carries every chart whole: both artboards and the tooltip table', () => {
  const figures = page('/charts/').querySelectorAll('figure[data-chart]');
  expect(figures.map((f) => f.getAttribute('data-chart')).sort()).toEqual(CHARTS.map((c) => c.id).sort());
  for (const figure of figures) {
    expect(figure.querySelector('.chart-art--wide')!.getAttribute('data-src') ?? null).toBeNull();
    expect(figure.querySelectorAll('.chart-art--wide svg text').length).toBeGreaterThan(0);
    expect(JSON.parse(figure.querySelector('script.chart-tips')!.textContent).length).toBeGreaterThan(0);
  }
});
