/**
 * A chart's data table and tooltips lead to the page of each record they show: a claim row to
 * /claims/<id>/, a force, returnee or other figure to /figures/<collection>/<id>/ (pages that
 * exist in the build); the CSV stays plain text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadContent } from '../../src/lib/content/load.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { plainData, type ChartModel } from '../../src/lib/charts/types.ts';
import { figurePath } from '../../src/lib/data/figurePages.ts';
import { inlineTips } from '../helpers/tips.ts';

const LINKED = ['casualty-claims', 'force-balance', 'returnee-flows'];
const models = new Map<string, ChartModel<unknown>>();
let gallery: HTMLElement;
beforeAll(async () => {
  const { tree } = await loadContent('content');
  const data = plainData(tree);
  for (const c of CHARTS) models.set(c.id, c.compute(data) as ChartModel<unknown>);
  gallery = parse(inlineTips(readFileSync('dist/charts/index.html', 'utf8')));
});
const built = (path: string) => existsSync(join('dist', path, 'index.html'));

test.each(LINKED)('%s: every table row with a record links its figure to the record’s page, which is built', (id) => {
  const { table } = models.get(id)!;
  expect(table.records?.length, 'one record (or none) per row').toBe(table.rows.length);
  const rows = gallery.querySelector(`figure[data-chart="${id}"] .chart-data tbody`)!.querySelectorAll('tr');
  expect(rows.length).toBe(table.rows.length);
  rows.forEach((tr, i) => {
    const rec = table.records![i];
    const cell = tr.querySelectorAll('td')[table.linkColumn!];
    const a = cell.querySelector('a');
    if (!rec) return expect(a, `row ${i}: no record, no link`).toBeNull();
    expect(a?.getAttribute('href'), `row ${i} (${table.rows[i].join(' | ')})`).toBe(figurePath(rec.collection, rec.id));
    expect(a!.text).toBe(table.rows[i][table.linkColumn!]);
    expect(built(a!.getAttribute('href')!), a!.getAttribute('href')).toBe(true);
  });
  // the claim rows link to claim pages; the others to figure pages of their own collection
  const hrefs = rows.map((tr) => tr.querySelector('a')?.getAttribute('href')).filter(Boolean);
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => (id === 'casualty-claims' ? /^\/claims\//.test(h!) : /^\/figures\/(forces|returnees)\//.test(h!)))).toBe(true);
});

test.each(LINKED)('%s: every mark’s tooltip links to the built page of each record it draws', (id) => {
  const marks = gallery.querySelectorAll(`figure[data-chart="${id}"] .chart-art .mark`);
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) {
    const links = JSON.parse(m.getAttribute('data-tip-links') ?? '[]') as [string, string][];
    expect(links.length, m.getAttribute('aria-label')).toBeGreaterThan(0);
    for (const [label, href] of links) {
      expect(label.length).toBeGreaterThan(3);
      expect(built(href), href).toBe(true);
    }
  }
});

test.each(LINKED)('%s: the CSV download stays plain (no markup, no page links)', (id) => {
  const csv = readFileSync(join('dist/charts', `${id}.csv`), 'utf8');
  expect(csv).not.toMatch(/<a |href=|\/claims\/|\/figures\//);
});
