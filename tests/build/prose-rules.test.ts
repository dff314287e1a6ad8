/** Editorial rules the built pages keep: few figures per paragraph, every acronym in the glossary, dated status boxes. */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { page, text } from '../helpers/html.ts';

const SLUGS = readdirSync('content/pages').filter((f) => f.endsWith('.mdx') && f !== 'home.mdx').map((f) => f.replace(/\.mdx$/, ''));

test.each(SLUGS)('/%s/: no paragraph carries more than four figures', (slug) => {
  const crowded = page(`/${slug}/`).querySelectorAll('.prose-article p, .prose-article li')
    .filter((p) => p.querySelectorAll('.fig').length > 4)
    .map((p) => text(p).slice(0, 80));
  expect(crowded).toEqual([]);
});

test('every acronym in the prose has a glossary entry or is spelled out where used', () => {
  const glossary = parseYaml(readFileSync('content/glossary/terms.yaml', 'utf8')) as { term: string; matches?: string[] }[];
  const known = new Set(glossary.flatMap((g) => [g.term, ...(g.matches ?? [])]));
  // Names of news organisations and countries that are written as acronyms but are not jargon.
  const names = new Set(['UN', 'US', 'AP', 'AFP', 'BBC', 'NPR', 'ANI', 'IANS', 'VOA', 'RT', 'X', 'NATO', 'GDP', 'HUM', 'WION', 'CNN', 'OK']);
  const missing = new Set<string>();
  for (const slug of [...SLUGS, '']) {
    const article = page(`/${slug ? `${slug}/` : ''}`).querySelector('.prose-article');
    if (!article) continue;
    const prose = article.clone() as typeof article;
    for (const el of prose.querySelectorAll('.fig, figure, .chart-tools, .timeline, sup, .status-box')) el.remove();
    const words = prose.querySelectorAll('p, li, h2, h3').map((el) => text(el)).join(' ');
    for (const m of words.matchAll(/\b(?:[A-Z][A-Z-]{1,}[A-Z]|[A-Z]{2,})\b(?!-\d)/g)) if (!known.has(m[0]) && !names.has(m[0])) missing.add(`${slug || 'home'}: ${m[0]}`);
  }
  expect([...missing]).toEqual([]);
});

test('home and what-happened open with a dated status box that says nothing later is covered', () => {
  for (const path of ['/', '/what-happened/']) {
    const box = page(path).querySelector('.status-box');
    expect(box, path).not.toBeNull();
    const asOf = box!.getAttribute('data-status-as-of')!;
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(box!.querySelector('time')!.getAttribute('datetime')).toBe(asOf);
    expect(text(box!)).toMatch(/Nothing that happened after that date is covered/);
  }
});
