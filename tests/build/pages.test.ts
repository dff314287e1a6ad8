/** The explainer pages as built: charts in place, every figure from a record, attributed, noted. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/load.ts';
import { citationsIn } from '../../src/lib/content/citations.ts';
import { figureNotes, type FigureNote } from '../../src/lib/data/figureNotes.ts';
import { figurePath } from '../../src/lib/data/figurePages.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';
import { splitFrontMatter } from '../../src/lib/content/pages.ts';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { page, text } from '../helpers/html.ts';

const SLUGS = readdirSync('content/pages').filter((f) => f.endsWith('.mdx') && f !== 'home.mdx').map((f) => f.replace(/\.mdx$/, ''));
const source = (slug: string) => splitFrontMatter(readFileSync(`content/pages/${slug}.mdx`, 'utf8'))!;
let data: ContentData;
beforeAll(async () => { data = plainData((await loadContent('content')).tree); });

/** The note a figure in prose links to (its `#note-N`). */
const noteOf = (notes: Map<string, FigureNote>, fig: ReturnType<typeof page>) => {
  const href = fig.querySelector('a.fig-link')?.getAttribute('href');
  return [...notes.values()].find((n) => href === `#note-${n.number}`);
};

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Digits a page may type: dates, years, decades, and names with digits (F-16, JF-17, COVID-19). */
const ALLOWED_NUMBERS = new RegExp([
  `\\b\\d{1,2}(?:(?:–| and | to | into | or )\\d{1,2})? ${MONTH}(?: \\d{4})?`, `${MONTH} \\d{4}`, `${MONTH} \\d{1,2}(?!\\d)`,
  '\\b(?:1[89]|20)\\d{2}(?:s|–\\d{2,4})?\\b', '\\b[A-Za-z]+-\\d+[A-Za-z]*\\b', '\\b\\d{1,2}(?:st|nd|rd|th) century',
].join('|'), 'g');

test('there are explainer pages', () => expect(SLUGS.length).toBeGreaterThan(0));

describe.each(SLUGS)('/%s/', (slug) => {
  const doc = () => page(`/${slug}/`);

  test('has its title, standfirst and every chart that belongs to it', () => {
    const front = parseYaml(source(slug).front);
    expect(text(doc().querySelector('h1'))).toBe(front.title);
    const charts = doc().querySelectorAll('figure[data-chart]').map((f) => f.getAttribute('data-chart'));
    const own = CHARTS.filter((c) => c.page === `/${slug}/`).map((c) => c.id);
    for (const id of own) expect(charts, `chart ${id}`).toContain(id);
  });

  test('every figure element prints its record’s value and has a numbered note with the quote and source', () => {
    const notes = figureNotes(citationsIn(source(slug).body).citations, data);
    const figs = doc().querySelectorAll('.prose-article .fig');
    expect(figs.length).toBe(citationsIn(source(slug).body).citations.length);
    for (const fig of figs) {
      const href = fig.querySelector('a.fig-link')!.getAttribute('href')!;
      const note = noteOf(notes, fig)!;
      expect(note, href).toBeDefined();
      expect(text(fig.querySelector('.fig-value'))).toBe(note.valueText);
      const li = doc().querySelector(`#note-${note.number}`)!;
      expect(li.querySelector('a.endnote-record')!.getAttribute('href')).toBe(figurePath(note.collection, note.id));
      expect(text(li)).toContain(note.quote.replace(/\s+/g, ' ').trim());
      expect(text(li)).toContain(note.source.publisher);
    }
  });

  test('every figure is attributed in its own paragraph to whoever states it', () => {
    const notes = figureNotes(citationsIn(source(slug).body).citations, data);
    for (const block of doc().querySelectorAll('.prose-article p, .prose-article li')) {
      const figs = block.querySelectorAll(':scope > .fig, :scope .fig');
      if (figs.length === 0) continue;
      const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");
      const prose = fold(text(block));
      for (const fig of figs) {
        const note = noteOf(notes, fig)!;
        const named = note.attributionNames.some((n) => prose.includes(fold(n)));
        expect(named, `"${text(block).slice(0, 120)}…" cites ${note.key} without naming ${note.attributionNames.join(' / ')}`).toBe(true);
      }
    }
  });

  test('no number is typed into the prose: quantities come from records', () => {
    const prose = doc().querySelector('.prose-article')!.clone() as ReturnType<typeof doc>;
    for (const el of prose.querySelectorAll('.fig, figure, .chart-tools, .timeline, sup')) el.remove();
    const typed = prose.querySelectorAll('p, li, h2, h3, blockquote')
      .map((el) => text(el).replace(ALLOWED_NUMBERS, ''))
      .flatMap((t) => [...t.matchAll(/.{0,40}\d[\d,.]*.{0,20}/g)].map((m) => m[0]));
    expect(typed).toEqual([]);
  });

  test('glossary terms are linked at most once, each to an existing entry', () => {
    const terms = doc().querySelectorAll('.prose-article a.term').map((a) => a.getAttribute('href')!);
    expect(new Set(terms).size).toBe(terms.length);
    const ids = new Set(data.glossary.map((g) => g.id));
    for (const href of terms) expect(ids.has(href.replace('/glossary/#', '')), href).toBe(true);
  });

  test('the contents list every section and the change log shows the updated date', () => {
    const sections = doc().querySelectorAll('.prose-article h2').map((h) => h.id);
    const toc = doc().querySelectorAll('nav.toc a').map((a) => a.getAttribute('href')!.slice(1));
    for (const id of sections) expect(toc).toContain(id);
    const changes = parseYaml(source(slug).front).changes as { date: string }[];
    expect(doc().querySelector('article header time[data-reviewed]')!.getAttribute('datetime')).toBe(changes.at(-1)!.date);
    expect(doc().querySelectorAll('#changes li').length).toBe(changes.length);
  });
});

test('pages link to their neighbours in reading order', () => {
  const ordered = SLUGS.map((s) => ({ s, order: parseYaml(source(s).front).order as number })).sort((a, b) => a.order - b.order).map((x) => x.s);
  ordered.forEach((slug, i) => {
    const doc = page(`/${slug}/`);
    expect(doc.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(i > 0 ? `/${ordered[i - 1]}/` : undefined);
    expect(doc.querySelector('a[rel=next]')?.getAttribute('href')).toBe(i < ordered.length - 1 ? `/${ordered[i + 1]}/` : undefined);
  });
});

test('the glossary and sources pages list every entry with an anchor', () => {
  const glossary = page('/glossary/');
  for (const g of data.glossary) expect(glossary.querySelector(`#${g.id}`), g.id).not.toBeNull();
  const sources = page('/sources/');
  for (const s of data.sources) expect(sources.querySelector(`#${s.id}`), s.id).not.toBeNull();
});
