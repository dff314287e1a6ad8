/** A page and an embeddable card for every claim and figure, showing the record as published in /data/. */
import { expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, page, text } from '../helpers/html.ts';

const COLLECTIONS = ['claims', 'forces', 'returnees', 'militancy', 'figures'] as const;
const records = (c: string) => (JSON.parse(readFileSync(join(DIST, 'data', `${c}.json`), 'utf8')) as { records: { id: string; quote: string; supersedes?: string; source: string }[] }).records;
const pathOf = (c: string, id: string) => (c === 'claims' ? `/claims/${id}/` : `/figures/${c}/${id}/`);
const embedOf = (c: string, id: string) => (c === 'claims' ? `/embed/claim/${id}/` : `/embed/figure/${c}/${id}/`);

test.each(COLLECTIONS)('every %s record has its page and its embed card, with its quote and source', (c) => {
  const list = records(c);
  expect(list.length).toBeGreaterThan(0);
  for (const r of list) {
    const doc = page(pathOf(c, r.id));
    expect(text(doc.querySelector('.figure-card blockquote q')), `${c}/${r.id}: quote`).toBe(r.quote.replace(/\s+/g, ' ').trim());
    expect(doc.querySelector(`a[href="/sources/#${r.source}"]`), `${c}/${r.id}: source link`).not.toBeNull();
    expect(doc.querySelector('#cite-text')?.textContent, `${c}/${r.id}: citation`).toContain(pathOf(c, r.id));
    expect(doc.querySelector('#cite-bibtex')?.textContent, `${c}/${r.id}: BibTeX`).toMatch(/^@misc\{/);
    expect(existsSync(join(DIST, embedOf(c, r.id), 'index.html')), `${c}/${r.id}: embed`).toBe(true);
  }
});

test('a claim page links every earlier and later figure of its chain, and the chain reads the same from each of them', () => {
  const claims = records('claims');
  const later = claims.find((r) => r.supersedes)!;
  const chainOf = (id: string) => page(`/claims/${id}/`).querySelectorAll('.figure-chain li').map((li) => li.querySelector('a')?.getAttribute('href') ?? `/claims/${id}/`);
  const chain = chainOf(later.id);
  expect(chain).toContain(`/claims/${later.supersedes}/`);
  expect(chain).toContain(`/claims/${later.id}/`);
  for (const path of chain) expect(chainOf(path.split('/')[2])).toEqual(chain);
  expect(page(`/claims/${later.id}/`).querySelector('.figure-chain li[aria-current="true"]')).not.toBeNull();
});

test('endnotes on the explainer pages link to the page of their figure', () => {
  const notes = page('/what-happened/').querySelectorAll('.endnote');
  expect(notes.length).toBeGreaterThan(10);
  for (const n of notes) {
    const href = n.querySelector('a.endnote-record')?.getAttribute('href') ?? '';
    expect(href, n.id).toMatch(/^\/(claims|figures\/[a-z]+)\/[^/]+\/$/);
    // the figure's page is built and cites this very note back
    expect(page(href).querySelector(`a[href="/what-happened/#${n.id}"]`), `${n.id} → ${href}`).not.toBeNull();
  }
});
