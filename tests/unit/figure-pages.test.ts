import { beforeAll, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';
import { FIXTURE } from '../helpers/fixture.ts';
import { figureCiteBibtex, figurePath, modelUsesRecord, noteFor, pageUses, revisionChain } from '../../src/lib/data/figurePages.ts';
import { atomFeed, siteChanges } from '../../src/lib/site/changes.ts';

let data: ContentData;
beforeAll(async () => { data = plainData((await loadContent(FIXTURE)).tree); });

test('claims live at /claims/<id>/, other figures at /figures/<collection>/<id>/', () => {
  expect(figurePath('claims', 'a-1')).toBe('/claims/a-1/');
  expect(figurePath('forces', 'b-2')).toBe('/figures/forces/b-2/');
});

test('the revision chain runs from the earliest figure to the latest, whichever record it starts from', () => {
  expect(revisionChain('claims', 'pk-killed-274', data)).toEqual(['pk-killed-274', 'pk-killed-range']);
  expect(revisionChain('claims', 'pk-killed-range', data)).toEqual(['pk-killed-274', 'pk-killed-range']);
});

test('pages that cite a record are found with the note number the record has there', () => {
  const pages = [{ id: 'p', title: 'P', body: 'a <Claim id="x" /> b <Fact id="forces/y" /> c <Claim id="x" />' }];
  expect(pageUses('forces', 'y', pages)).toEqual([{ page: 'p', title: 'P', path: '/p/', note: 2 }]);
  expect(pageUses('claims', 'z', pages)).toEqual([]);
});

test('a chart uses a record when its model names the id, not when it lists it as excluded', () => {
  expect(modelUsesRecord({ marks: [{ id: 'a' }] }, 'a')).toBe(true);
  expect(modelUsesRecord({ marks: [{ id: 'ab' }], excluded: [{ id: 'a' }] }, 'a')).toBe(false);
});

test('BibTeX names the claimant as author and the source it is quoted in', () => {
  const note = noteFor('claims', 'pk-killed-274', data);
  const bib = figureCiteBibtex(note, 'https://x.test/claims/pk-killed-274/', '2026-03-01');
  expect(bib).toMatch(/^@misc\{pa-explainer-claims-pk-killed-274,/);
  expect(bib).toContain(`title = {at least 274: ${note.what}}`);
  expect(bib).toContain(`Quoted in ${note.source.publisher}`);
  expect(bib).toContain('url = {https://x.test/claims/pk-killed-274/}');
  expect(bib.split('{').length).toBe(bib.split('}').length);
});

test('the change list: corrections marked, revisions named, newest first, the same bytes from the same content', () => {
  const pages = [{ id: 'p', title: 'Page', changes: [{ date: '2026-01-01', summary: 'First published.' }, { date: '2026-02-01', summary: 'Fixed a date.', correction: true }] }];
  const a = siteChanges(pages, data, 'https://x.test');
  expect(a.find((e) => e.kind === 'correction')).toMatchObject({ id: 'https://x.test/p/#change-2026-02-01-2', title: 'Correction: Page' });
  expect(a.find((e) => e.path === '/claims/pk-killed-range/')?.kind).toBe('revised-figure');
  expect(a.find((e) => e.path === '/claims/pk-killed-274/')?.kind).toBe('new-figure');
  expect([...a].sort((x, y) => y.date.localeCompare(x.date)).map((e) => e.date)).toEqual(a.map((e) => e.date));
  const feed = atomFeed(a, { site: 'https://x.test', title: 'T', author: 'A', selfPath: '/feed.xml' });
  expect(feed).toBe(atomFeed(siteChanges(pages, data, 'https://x.test'), { site: 'https://x.test', title: 'T', author: 'A', selfPath: '/feed.xml' }));
  expect(feed).toContain(`<updated>${a[0].date}T00:00:00Z</updated>`);
});
