import { describe, expect, test } from 'vitest';
import { csvColumns, csvRow, publicRecord } from '../../src/lib/data/records.ts';
import { formatQuantity, formatNumber } from '../../src/lib/data/quantity.ts';
import { currentClaims, headlineClaims, likeForLike } from '../../src/lib/data/claims.ts';
import { formatDate, informationDate } from '../../src/lib/data/asOf.ts';

describe('publicRecord and csvRow', () => {
  const record = publicRecord({
    id: 'c1', claimant: { collection: 'actors', id: 'pakistan-military' }, value: [15, 20],
    period: { start: '2026-02-26', end: '2026-02-27' }, places: [{ collection: 'places', id: 'kabul' }, { collection: 'places', id: 'kandahar' }],
    base: false,
  });

  test('references become ids', () => {
    expect(record).toMatchObject({ claimant: 'pakistan-military', places: ['kabul', 'kandahar'] });
  });

  test('nested fields, ranges and lists flatten into named columns', () => {
    expect(csvRow(record)).toEqual({
      id: 'c1', claimant: 'pakistan-military', value_low: 15, value_high: 20,
      period_start: '2026-02-26', period_end: '2026-02-27', places: 'kabul; kandahar', base: false,
    });
  });

  test('columns keep every field seen in any row, with range columns beside value', () => {
    const rows = [csvRow({ id: 'a', value: 3, quote: 'q' }), csvRow({ id: 'b', value: [1, 2], quote: 'q', notes: 'n' })];
    expect(csvColumns(rows)).toEqual(['id', 'value', 'value_low', 'value_high', 'quote', 'notes']);
  });
});

describe('formatQuantity carries the source qualifier over', () => {
  test.each([
    [274, 'at-least', 'at least 274'],
    [200, 'more-than', 'more than 200'],
    [2900000, 'exact', '2.9 million'],
    [150000, 'about', 'about 150,000'],
    [[15, 20], 'range', '15–20'],
  ] as const)('%j %s → %s', (value, qualifier, expected) => {
    expect(formatQuantity(value as never, qualifier)).toBe(expected);
  });
  test('odd millions keep their digits', () => expect(formatNumber(1667713)).toBe('1,667,713'));
});

describe('currentClaims', () => {
  const c = (id: string, claimant: string, asserted: string, supersedes?: string) => ({
    id, claimant: { id: claimant }, counted: 'killed', episode: { id: 'war' }, asserted,
    supersedes: supersedes ? { id: supersedes } : undefined,
  });
  test('drops claims a later claim supersedes and groups by claimant', () => {
    const claims = [c('pk-415', 'pk', '2026-02-28', 'pk-274'), c('af-55', 'af', '2026-02-27', 'af-40'), c('pk-274', 'pk', '2026-02-27', 'pk-133'), c('pk-133', 'pk', '2026-02-27'), c('af-40', 'af', '2026-02-26')];
    expect(currentClaims(claims, 'war', 'killed').map((x) => x.id)).toEqual(['af-55', 'pk-415']);
  });
});

describe('information date', () => {
  test('is the newest fully dated source, in house style', () => {
    const d = informationDate(['2026-02-27', '2026-03', '2026-03-08', '2025'], ['2026-03-05']);
    expect(d).toBe('2026-03-08');
    expect(formatDate(d)).toBe('8 March 2026');
    expect(informationDate(['2026-03'], ['2026-03-16'])).toBe('2026-03-16');
  });
});

describe('headlineClaims', () => {
  const c = (id: string, claimant: string, side: string, asserted: string) => ({ id, claimant: { id: claimant }, side, counted: 'killed', episode: { id: 'w' }, asserted });
  test('keeps the latest claim per claimant side and whose losses, merging a government and its military', () => {
    const sideOf = (id: string) => ({ 'pk-gov': 'PK', 'pk-mil': 'PK', 'af-gov': 'AF' })[id] ?? id;
    const picked = headlineClaims([
      c('a', 'pk-mil', 'afghanistan', '2026-02-27'), c('b', 'pk-gov', 'afghanistan', '2026-03-08'),
      c('c', 'pk-mil', 'pakistan', '2026-02-27'), c('d', 'af-gov', 'pakistan', '2026-02-27'), c('e', 'unama', 'afghanistan', '2026-03-05'),
    ], sideOf);
    expect(picked.map((x) => x.id)).toEqual(['d', 'b', 'c', 'e']);
  });
});

describe('likeForLike (home toll cards)', () => {
  const c = (id: string, claimant: string, side: string, group: string, asserted: string, incident?: string) =>
    ({ id, claimant: { id: claimant }, side, group, counted: 'killed', episode: { id: 'w' }, asserted, incident });
  const sideOf = (id: string) => ({ 'pk-gov': 'PK', 'af-gov': 'AF', 'af-mod': 'AF' })[id] ?? id;
  test('a one-outpost figure never stands for a side’s total, however recent', () => {
    const picked = likeForLike([c('running-55', 'af-gov', 'pakistan', 'forces', '2026-02-27'), c('outpost-30', 'af-mod', 'pakistan', 'forces', '2026-03-06', 'Shorabak')], sideOf);
    expect(picked.map((x) => x.id)).toEqual(['running-55']);
  });
  test('a voice’s own dead and its civilians are separate cards; combined figures for both sides are left out', () => {
    const picked = likeForLike([
      c('soldiers-13', 'af-gov', 'afghanistan', 'forces', '2026-02-27'), c('civilians-52', 'af-gov', 'afghanistan', 'civilians', '2026-02-28'),
      c('both-78', 'af-gov', 'both', 'people', '2026-02-28'), c('pk-641', 'pk-gov', 'afghanistan', 'forces-and-militants', '2026-03-11'),
      c('pk-583', 'pk-gov', 'afghanistan', 'forces', '2026-03-08'),
    ], sideOf);
    expect(picked.map((x) => x.id)).toEqual(['civilians-52', 'soldiers-13', 'pk-641']);
  });
});
