/** The bench prints every article page against the page target, with its figures and margin. */
import { expect, test } from 'vitest';
import { articleBudget, ARTICLE_TARGET } from '../../scripts/bench/article-report.ts';
import { evaluateTargets } from '../../scripts/bench/targets.ts';

const groups = (html: number, font: number) => ({ html: { gz: html }, css: { gz: 7000 }, js: { gz: 1000 }, font: { gz: font }, other: { gz: 0 } });
const page = (path: string, html: number, font: number, article = true) => ({
  path, article, kind: 'page' as const, chartIds: [], url: path, firstChart: null, noJs: null, lighthouse: null,
  bytes: { total: { gz: html + font + 8000 }, groups: groups(html, font), jsAll: { gz: 1500 } },
});

test('one row per article: total, HTML, fonts, what is left of 100 KB, met or not; other pages left out', () => {
  const lines = articleBudget({ pages: [page('/a/', 50 * 1024, 34 * 1024), page('/b/', 70 * 1024, 34 * 1024), page('/', 60 * 1024, 40 * 1024, false)] } as never);
  expect(lines[1]).toContain(ARTICLE_TARGET);
  const a = lines.find((l) => l.trim().startsWith('/a/'))!;
  const b = lines.find((l) => l.trim().startsWith('/b/'))!;
  expect(a.split(/\s+/).filter(Boolean)).toEqual(['/a/', '91.8', '50.0', '6.8', '1.5', '34.0', '8.2', 'met', '—']);
  expect(b).toContain('NOT MET');
  expect(b).toContain('-11.8');
  expect(lines.some((l) => l.trim().startsWith('/ '))).toBe(false);
});

test('the row heading quotes the target exactly as the targets table words it', () => {
  const target = evaluateTargets([]).find((t) => t.id === 'article-total')!.target;
  expect(ARTICLE_TARGET).toBe(target);
});
