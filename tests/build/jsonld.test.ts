/**
 * JSON-LD on the built pages against the properties search engines document: Google Search
 * Central's Article (recommended: headline, image, datePublished, dateModified, author.name/url,
 * publisher), Dataset (required: name, description of 50–5000 characters; recommended: license,
 * creator, temporalCoverage, spatialCoverage, distribution with contentUrl and encodingFormat,
 * includedInDataCatalog, isAccessibleForFree, keywords, url) and image licence metadata
 * (contentUrl plus creator, creditText, copyrightNotice or license).
 */
import { expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPaths, page } from '../helpers/html.ts';

type Node = Record<string, unknown> & { '@type': string };
const graph = (path: string): Node[] => {
  const scripts = page(path).querySelectorAll('script[type="application/ld+json"]');
  expect(scripts.length, `${path}: one JSON-LD block`).toBe(1);
  const json = JSON.parse(scripts[0].textContent) as { '@context': string; '@graph': Node[] };
  expect(json['@context']).toBe('https://schema.org');
  return json['@graph'];
};
const ofType = (path: string, type: string) => graph(path).filter((n) => n['@type'] === type);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** A site URL as the built file behind it. */
const built = (url: string) => {
  const p = new URL(url).pathname;
  return existsSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p));
};
const EXPLAINERS = ['/what-happened/', '/who-are-the-ttp/', '/military-balance/', '/returnees/'];

test('every indexable page carries JSON-LD that parses, with the WebSite and its publisher', () => {
  for (const path of htmlPaths()) {
    const robots = page(path).querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
    if (robots.includes('noindex')) continue;
    const site = ofType(path, 'WebSite')[0];
    expect(site, path).toMatchObject({ name: expect.any(String), url: expect.stringMatching(/^https?:/) });
  }
});

test('explainer pages are NewsArticles with headline, images, dates from the change log, author, publisher and data date', () => {
  for (const path of EXPLAINERS) {
    const [a] = ofType(path, 'NewsArticle');
    const doc = page(path);
    expect(a, path).toBeDefined();
    expect(a.headline).toBe(doc.querySelector('h1')?.textContent.trim());
    expect((a.headline as string).length).toBeLessThanOrEqual(110);
    for (const img of a.image as string[]) expect(built(img), `${path}: ${img}`).toBe(true);
    const changeDates = doc.querySelectorAll('#changes time').map((t) => t.getAttribute('datetime')!).sort();
    expect(a.datePublished).toBe(changeDates[0]);
    expect(a.dateModified).toBe(changeDates.at(-1));
    expect(a.datePublished).toMatch(isoDate);
    expect(a.author).toMatchObject({ name: expect.any(String), url: expect.stringMatching(/^https?:/) });
    expect(a.publisher).toMatchObject({ '@type': 'Organization', name: expect.any(String), logo: { url: expect.stringMatching(/^https?:/) } });
    const dataDate = page('/data/').querySelector('#licence time')?.getAttribute('datetime');
    expect(doc.querySelectorAll('header time').map((t) => t.getAttribute('datetime')), `${path} shows the data date`).toContain(dataDate);
    expect(a.temporalCoverage).toBe(`../${dataDate}`);
    expect(a.mainEntityOfPage).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  }
});

test('/data/ describes every collection as a Dataset with CSV and JSON downloads, licence, coverage and sources', () => {
  const datasets = ofType('/data/', 'Dataset');
  const collections = page('/data/').querySelectorAll('table tbody th a').map((a) => a.textContent.trim());
  expect(datasets.map((d) => (d['@id'] as string).split('#')[1]).sort()).toEqual([...collections].sort());
  for (const d of datasets) {
    const id = d['@id'] as string;
    expect((d.name as string).length, id).toBeGreaterThan(5);
    expect((d.description as string).length, id).toBeGreaterThanOrEqual(50);
    expect((d.description as string).length, id).toBeLessThanOrEqual(5000);
    expect(d.license, id).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(d.creator, id).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
    expect(d.isAccessibleForFree, id).toBe(true);
    expect(d.spatialCoverage, id).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'Place', name: 'Afghanistan' })]));
    if (!id.endsWith('#glossary') && !id.endsWith('#actors') && !id.endsWith('#places')) expect(d.temporalCoverage, id).toMatch(/^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/);
    const dist = d.distribution as { encodingFormat: string; contentUrl: string }[];
    expect(dist.map((x) => x.encodingFormat).sort(), id).toEqual(['application/json', 'text/csv']);
    for (const x of dist) expect(built(x.contentUrl), x.contentUrl).toBe(true);
    expect(d.includedInDataCatalog, id).toMatchObject({ '@type': 'DataCatalog' });
    if (/#(claims|forces|returnees|militancy|figures|sources)$/.test(id)) expect((d.isBasedOn as string[]).length, `${id}: sources`).toBeGreaterThan(0);
  }
  expect(page('/data/').querySelector('#licence')?.textContent).toContain('CC BY 4.0');
});

test('charts are ImageObjects with their PNG and licence metadata', () => {
  const images = ofType('/charts/', 'ImageObject');
  expect(images.length).toBeGreaterThanOrEqual(5);
  for (const i of images) {
    expect(i.contentUrl).toMatch(/\/charts\/[a-z-]+\.png$/);
    expect(i).toMatchObject({ license: expect.any(String), creditText: expect.any(String), creator: expect.any(Object), acquireLicensePage: expect.any(String) });
  }
});

test('claim pages describe the quotation they show, with who said it and the source', () => {
  const [p] = ofType('/claims/pk-ispr-2026-02-27-afghan-killed-274/', 'WebPage');
  const q = p.mainEntity as { '@type': string; text: string; creator: { name: string }; isBasedOn: { name: string } };
  expect(q['@type']).toBe('Quotation');
  expect(page('/claims/pk-ispr-2026-02-27-afghan-killed-274/').querySelector('blockquote q')?.textContent).toBe(q.text);
  expect(q.creator.name.length).toBeGreaterThan(2);
  expect(q.isBasedOn.name.length).toBeGreaterThan(2);
});
