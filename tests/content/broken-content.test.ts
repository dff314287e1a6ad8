import { afterEach, describe, expect, test } from 'vitest';
import { rm } from 'node:fs/promises';
import { loadContent, formatProblem } from '../../src/lib/content/load.ts';
import { FIXTURE, edit, fixtureCopy, remove, write } from '../helpers/fixture.ts';

const copies: string[] = [];
afterEach(async () => { await Promise.all(copies.splice(0).map((d) => rm(d, { recursive: true, force: true }))); });

/** Loads a fixture copy after `breakIt`, and returns the formatted problems. */
async function problemsAfter(breakIt: (root: string) => Promise<void>): Promise<string[]> {
  const root = await fixtureCopy();
  copies.push(root);
  await breakIt(root);
  const { problems } = await loadContent(root);
  return problems.map(formatProblem);
}

test('the valid fixture loads with no problems and every entry kept', async () => {
  const { tree, problems } = await loadContent(FIXTURE);
  expect(problems).toEqual([]);
  expect(tree.claims.map((c) => c.id)).toEqual(['pk-killed-274', 'pk-killed-range']);
  expect(tree.claims[0].data.claimant).toEqual({ collection: 'actors', id: 'pakistan-military' });
});

describe('broken content is reported with file, line, entry and field', () => {
  const cases: [string, (root: string) => Promise<void>, RegExp][] = [
    ['a YAML syntax error',
      (r) => edit(r, 'claims/claims.yaml', 'side: afghanistan\n  group: forces-and', 'side: [afghanistan\n  group: forces-and'),
      /claims\/claims\.yaml:\d+: claims: YAML syntax/],
    ['a file that is not a list',
      (r) => write(r, 'places/more.yaml', 'id: herat\nname: Herat\n'),
      /places\/more\.yaml:1: places: file must be a YAML list/],
    ['an entry without an id',
      (r) => edit(r, 'places/places.yaml', '- id: kabul\n  name', '- name'),
      /places\/places\.yaml:1: places field "id": entry 1 has no id/],
    ['the same id in two files',
      (r) => write(r, 'places/zz-more.yaml', '- id: kabul\n  name: Kabul again\n  country: AF\n  kind: city\n  lat: 34.5\n  lon: 69.1\n'),
      /places\/zz-more\.yaml:1: places entry "kabul" field "id": duplicate id: already used at .*places\/places\.yaml:1/],
    ['an id that is not kebab-case',
      (r) => edit(r, 'places/places.yaml', 'id: kabul', 'id: Kabul_City'),
      /places\.yaml:1: places entry "Kabul_City" field "id": must be lower-case kebab-case/],
    ['a misspelt field name',
      (r) => edit(r, 'forces/forces.yaml', 'quote:', 'qoute:'),
      /forces\.yaml:\d+: forces entry "iiss-pk-personnel" field "qoute": unknown field/],
    ['a missing required field',
      (r) => edit(r, 'figures/figures.yaml', '  source: src-001\n', ''),
      /figures\.yaml:1: figures entry "border-length" field "source": required field is missing/],
    ['a quote that does not contain its value',
      (r) => edit(r, 'claims/claims.yaml', 'value: 274', 'value: 247'),
      /claims\.yaml:\d+: claims entry "pk-killed-274" field "quote": quote does not state the value 247/],
    ['a range whose low end is above its high end',
      (r) => edit(r, 'claims/claims.yaml', 'value: [15, 20]', 'value: [20, 15]'),
      /claims entry "pk-killed-range" field "value": range is not ordered: low 20 must be below high 15/],
    ['a range qualifier on a single number',
      (r) => edit(r, 'claims/claims.yaml', "qualifier: at-least", 'qualifier: range'),
      /claims entry "pk-killed-274" field "qualifier": qualifier "range" needs value written as \[low, high\]/],
    ['a date that does not exist',
      (r) => edit(r, 'claims/claims.yaml', "asserted: '2026-02-27'\n  source: src-001\n  status: claimed\n- id", "asserted: '2026-02-30'\n  source: src-001\n  status: claimed\n- id"),
      /claims entry "pk-killed-274" field "asserted": 2026-02-30 is not a real calendar date/],
    ['a period that ends before it starts',
      (r) => edit(r, 'returnees/returnees.yaml', "end: '2025-12-31'", "end: '2024-12-31'"),
      /returnees entry "unhcr-2025-total" field "period\.end": period ends before it starts/],
    ['an event that ends before it starts',
      (r) => edit(r, 'events/events.yaml', "endDate: '2026-03-16'", "endDate: '2026-01-16'"),
      /events entry "2026-02-26-open-war" field "endDate": endDate is before date/],
    ['a claim asserted before the period it covers',
      (r) => edit(r, 'claims/claims.yaml', "asserted: '2026-02-27'\n  source: src-001\n  status: claimed\n- id", "asserted: '2026-02-20'\n  source: src-001\n  status: claimed\n- id"),
      /claims entry "pk-killed-274" field "asserted": asserted date is before the period/],
    ['a link to an actor that does not exist',
      (r) => edit(r, 'forces/forces.yaml', 'estimatedBy: iiss', 'estimatedBy: iiss-london'),
      /forces\.yaml:8: forces entry "iiss-pk-personnel" field "estimatedBy": refers to actors "iiss-london", which does not exist/],
    ['a link inside a list that does not resolve',
      (r) => edit(r, 'events/events.yaml', 'places: [kabul]', 'places: [kabul, kandahar]'),
      /events entry "2026-02-26-open-war" field "places\.1": refers to places "kandahar", which does not exist/],
    ['a supersedes link to a missing claim',
      (r) => edit(r, 'claims/claims.yaml', 'supersedes: pk-killed-274', 'supersedes: pk-killed-133'),
      /claims entry "pk-killed-range" field "supersedes": refers to claims "pk-killed-133", which does not exist/],
    ['an event without a source',
      (r) => edit(r, 'events/events.yaml', 'sources: [src-001]', 'sources: []'),
      /events entry "2026-02-26-open-war" field "sources": an event needs at least one source/],
    ['a value that is not one of the allowed statuses',
      (r) => edit(r, 'claims/claims.yaml', /status: claimed\n- id/, 'status: confirmed\n- id'),
      /claims\.yaml:14: claims entry "pk-killed-274" field "status": Invalid option: expected one of "claimed"/],
    ['a quote longer than 30 words',
      (r) => edit(r, 'figures/figures.yaml', 'quote: a 2,611-kilometer border', `quote: a 2,611-kilometer border ${'word '.repeat(30)}`),
      /figures entry "border-length" field "quote": quote is longer than 30 words/],
    ['a latitude off the globe',
      (r) => edit(r, 'places/places.yaml', 'lat: 34.53', 'lat: 134.53'),
      /places\.yaml:5: places entry "kabul" field "lat": Too big: expected number to be <=90/],
    ['a stray file that would be ignored',
      (r) => write(r, 'claims/notes.txt', 'remember to add the 8 March figures'),
      /claims\/notes\.txt: claims: not a \.yaml file/],
    ['a missing collection folder',
      (r) => remove(r, 'militancy'),
      /militancy: militancy: folder is missing/],
    ['a value given as text',
      (r) => edit(r, 'militancy/militancy.yaml', 'value: 3417', "value: '3,417'"),
      /militancy\.yaml:6: militancy entry "test-2025" field "value": must be a number written without quotes or commas/],
    ['a folder inside a collection',
      (r) => write(r, 'places/more/herat.yaml', '- id: herat\n'),
      /places\/more: places: folders inside a collection are not read/],
    ['a hidden file',
      (r) => write(r, 'places/.draft.yaml', '- id: herat\n'),
      /places\/\.draft\.yaml: places: hidden file/],
    ['a file whose entries are all commented out',
      (r) => write(r, 'places/old.yaml', '# - id: herat\n#   name: Herat\n'),
      /places\/old\.yaml:1: places: file holds no entries/],
    ['a number where an id should be',
      (r) => write(r, 'places/zz.yaml', '- id: 123\n  name: X\n'),
      /places\/zz\.yaml:1: places field "id": entry 1 has id 123: ids are text/],
    ['a claim that supersedes itself',
      (r) => edit(r, 'claims/claims.yaml', 'supersedes: pk-killed-274', 'supersedes: pk-killed-range'),
      /claims entry "pk-killed-range" field "supersedes": refers to itself/],
    ['a value the quote states only before a multiplier',
      (r) => edit(r, 'returnees/returnees.yaml', 'value: 2900000', 'value: 2.9'),
      /returnees entry "unhcr-2025-total" field "quote": quote does not state the value 2\.9 /],
    ['a quoteForm without notes saying why',
      (r) => edit(r, 'forces/forces.yaml', 'asOf: 2025', 'asOf: 2025\n  quoteForm: 660,000'),
      /forces entry "iiss-pk-personnel" field "notes": a record with quoteForm must say in notes why/],
    ['a claim counting days after it was made',
      (r) => edit(r, 'claims/claims.yaml', "period: { start: '2026-02-26', end: '2026-02-27' }\n  asserted: '2026-02-27'\n  source: src-001\n  status: claimed\n- id", "period: { start: '2026-02-26', end: '2026-03-27' }\n  asserted: '2026-02-27'\n  source: src-001\n  status: claimed\n- id"),
      /claims entry "pk-killed-274" field "period\.end": period ends after the date the claim was made/],
    ['a source link that is not a web address',
      (r) => edit(r, 'sources/sources.yaml', 'kind: un-briefing', 'kind: un-briefing\n  url: javascript:alert(1)'),
      /sources entry "src-001" field "url": must be an http\(s\) web address/],
  ];

  test.each(cases)('%s', async (_name, breakIt, expected) => {
    const problems = await problemsAfter(breakIt);
    expect(problems.length, 'the broken content must be reported').toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(expected);
  });

  test('every problem is reported, not just the first', async () => {
    const problems = await problemsAfter(async (r) => {
      await edit(r, 'claims/claims.yaml', 'value: 274', 'value: 247');
      await edit(r, 'forces/forces.yaml', 'estimatedBy: iiss', 'estimatedBy: nobody');
      await edit(r, 'places/places.yaml', 'lon: 69.17', 'lon: 269.17');
    });
    expect(problems).toHaveLength(3);
  });

  test('YAML anchors and aliases are resolved, not rejected', async () => {
    const problems = await problemsAfter((r) => edit(r, 'figures/figures.yaml', '  claimant: iiss', '  notes: &n shared note\n  claimant: iiss'));
    expect(problems).toEqual([]);
  });

  test('a broken entry is reported, and its valid neighbours are still loaded', async () => {
    const root = await fixtureCopy();
    copies.push(root);
    await edit(root, 'claims/claims.yaml', 'value: [15, 20]', 'value: [20, 15]');
    const { tree, problems } = await loadContent(root);
    expect(problems).toHaveLength(1);
    expect(tree.claims.map((c) => c.id)).toEqual(['pk-killed-274']);
  });
});

describe('broken pages are reported with file and line', () => {
  const cases: [string, (root: string) => Promise<void>, RegExp][] = [
    ['a figure citing a claim that does not exist',
      (r) => edit(r, 'pages/sample.mdx', '<Claim id="pk-killed-274" />', '<Claim id="pk-killed-275" />'),
      /pages\/sample\.mdx:13: pages field "claims\/pk-killed-275": cites claims entry "pk-killed-275", which does not exist/],
    ['a Fact naming no collection',
      (r) => edit(r, 'pages/sample.mdx', 'id="forces/iiss-pk-personnel"', 'id="iiss-pk-personnel"'),
      /pages\/sample\.mdx:15: pages: <Fact id="iiss-pk-personnel">: write id="collection\/id"/],
    ['a front matter field missing',
      (r) => edit(r, 'pages/sample.mdx', 'kicker: Sample\n', ''),
      /pages\/sample\.mdx:1: pages field "kicker":/],
    ['a change log out of date order',
      (r) => edit(r, 'pages/sample.mdx', "    summary: First published.", "    summary: First published.\n  - date: '2026-02-01'\n    summary: An older change listed last."),
      /pages\/sample\.mdx:6: pages field "changes": changes must be in date order/],
    ['a page file that would be ignored',
      (r) => write(r, 'pages/draft.md', '# Draft\n'),
      /pages\/draft\.md: pages: only \.mdx files are read here/],
    ['two pages with the same reading order',
      (r) => write(r, 'pages/zz-other.mdx', "---\ntitle: Another sample page\nkicker: Other\nstandfirst: A second page that claims the same place in the reading order as the first.\norder: 1\nchanges:\n  - date: '2026-03-01'\n    summary: First published.\n---\n\nText.\n"),
      /pages\/zz-other\.mdx:5: pages field "order": order 1 is also used by/],
  ];
  test.each(cases)('%s', async (_name, breakIt, expected) => {
    const problems = await problemsAfter(breakIt);
    expect(problems.join('\n')).toMatch(expected);
  });

  test('a broken record cited by a page is reported once, at the record', async () => {
    const problems = await problemsAfter((r) => edit(r, 'claims/claims.yaml', 'value: 274', 'value: 247'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/claims\.yaml:\d+: claims entry "pk-killed-274" field "quote"/);
  });
});
