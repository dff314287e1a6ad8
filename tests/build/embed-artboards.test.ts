/**
 * An embed page holds one artboard, the narrow one; the wide one is /embed/<id>/wide.json, fetched
 * by frames wide enough for it, and the tooltip table /embed/<id>/tips.json, fetched on the first
 * hover or focus. Both are exactly what the article pages show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CHARTS } from '../../src/lib/charts/registry';
import { DIST } from '../helpers/html';
import { embedArtboard } from '../../src/lib/charts/embedParts';

const read = (p: string) => readFileSync(join(DIST, p), 'utf8');
/** The `.chart-art` block of chart `id` in a page. */
function art(html: string, id: string): string {
  const at = html.indexOf(`data-chart="${id}"`);
  expect(at, id).toBeGreaterThan(-1);
  return html.slice(html.indexOf('<div class="chart-art ', at), html.indexOf('</figure>', at));
}
const wideOf = (block: string) => /<div class="chart-art--wide">([\s\S]*?)<\/div>\s*<script type="application\/json" class="chart-tips">/.exec(block)?.[1];

test.each(CHARTS.map((c) => c.id))('%s: the embed page has the narrow artboard only; its wide.json and tips.json are the pages’ wide artboard and tooltip table', (id) => {
  const embed = art(read(`embed/${id}/index.html`), id);
  expect(embed).toContain(`<div class="chart-art--wide" data-src="/embed/${id}/wide.json"></div>`);
  expect(embed).toMatch(/<div class="chart-art--narrow"><svg/);
  const svgs = embed.match(/<svg[^>]*>/g) ?? [];
  expect(svgs.length).toBeGreaterThan(0);
  for (const svg of svgs) expect(svg).toContain('chart-svg--narrow');
  expect(existsSync(join(DIST, `embed/${id}/wide.json`))).toBe(true);
  const { html: wide, names } = JSON.parse(read(`embed/${id}/wide.json`)) as { html: string; names?: 'narrow' };
  const page = art(read('charts/index.html'), id);
  expect(wide).toContain('<svg');
  // The pages' wide artboard, or the part of it an embed draws (a chart may leave a panel out of embeds),
  // without the pages' test attributes, and without the marks' names that the narrow artboard
  // carries alike (the frame copies those back: tests/unit/embed-parts.test.ts, tests/e2e/chart-keyboard.test.ts).
  const unnamed = (s: string) => (names === 'narrow' ? s.replace(/ aria-label="[^"]*"/g, '') : s);
  const pageWide = unnamed(embedArtboard(wideOf(page)!));
  for (const svg of wide.match(/<svg[\s\S]*?<\/svg>/g)!) expect(pageWide).toContain(unnamed(svg));
  // The embed's tooltip table is tips.json, the pages' table, so its marks and the fetched ones find their rows.
  expect(embed).toContain(`<script type="application/json" class="chart-tips" data-src="/embed/${id}/tips.json"></script>`);
  const table = /class="chart-tips">([\s\S]*?)<\/script>/.exec(page)?.[1];
  const tips = JSON.parse(read(`embed/${id}/tips.json`)) as unknown[];
  // Every row is a row of the pages' table (the same marks' tooltips).
  const pageRows = new Set((JSON.parse(table!) as unknown[]).map((r) => JSON.stringify(r)));
  for (const row of tips) expect(pageRows.has(JSON.stringify(row))).toBe(true);
  expect(tips.length).toBeGreaterThan(0);
  for (const [, row] of (embed + wide).matchAll(/ data-tip="(\d+)"/g)) expect(tips[Number(row)], `row ${row}`).toBeTruthy();
});
