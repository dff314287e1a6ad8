import { expect, test } from 'vitest';
import { searchRecords } from '../../src/lib/search/searchRecords.mjs';

const glossary = { records: [{ id: 'durand-line', term: 'Durand Line', definition: 'The 2,640 km border.', matches: ['Durand'] }] };
const sources = { records: [{ id: 'src-001', title: 'A report', publisher: 'Reuters', date: '2026-02-27' }] };
const actors = { records: [{ id: 'zabihullah-mujahid', kind: 'person', name: 'Zabihullah Mujahid', role: 'Taliban spokesman', description: 'Speaks for the Taliban government.' }, { id: 'unama', kind: 'un-agency', name: 'UNAMA' }] };

test('every term and source is its own search record, landing on its anchor, with its kind as a filter', () => {
  const recs = searchRecords(glossary, sources, undefined);
  expect(recs.map((r) => r.url)).toEqual(['/glossary/#durand-line', '/sources/#src-001']);
  expect(recs[0]).toMatchObject({ language: 'en', filters: { kind: ['Term'] }, meta: { title: 'Durand Line' } });
  expect(recs[0].content).toContain('The 2,640 km border.');
  expect(recs[1]).toMatchObject({ filters: { kind: ['Source'] }, meta: { title: 'Reuters: A report' } });
});

test('people are records only when the site has a who’s who page, and only actors that are people', () => {
  const recs = searchRecords(glossary, sources, actors);
  expect(recs.filter((r) => r.filters.kind[0] === 'Person').map((r) => r.url)).toEqual(['/whos-who/#zabihullah-mujahid']);
});
