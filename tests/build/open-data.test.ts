/** Checks the published open data in dist/ against the content it was built from. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { loadContent, type LoadResult } from '../../src/lib/content/load.ts';
import { csvRow, publicRecord } from '../../src/lib/data/records.ts';
import { neutraliseCell } from '../../src/lib/data/csv.ts';

const DIST = 'dist/data';
const FIGURE_COLLECTIONS = ['claims', 'forces', 'returnees', 'militancy', 'figures'] as const;
type Json = { collection: string; count: number; records: Record<string, unknown>[] };
const json = (name: string): Json => JSON.parse(readFileSync(`${DIST}/${name}.json`, 'utf8'));
const csv = (name: string): Record<string, string>[] => parse(readFileSync(`${DIST}/${name}.csv`, 'utf8'), { columns: true });

let content: LoadResult;
beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error('dist/data is missing: run "npm run build" first (npm test does)');
  content = await loadContent('content');
});

describe.each(COLLECTIONS)('/data/%s', (name) => {
  test('JSON holds every record of the collection, none dropped', () => {
    const data = json(name);
    expect(data.collection).toBe(name);
    expect(data.count).toBe(content.tree[name].length);
    expect(data.records.map((r) => r.id).sort()).toEqual(content.tree[name].map((e) => e.id).sort());
  });

  test('JSON records equal the content, field by field', () => {
    const byId = new Map(json(name).records.map((r) => [r.id, r]));
    for (const e of content.tree[name]) expect(byId.get(e.id), e.id).toEqual(publicRecord(e.data));
  });

  test('CSV rows equal the content, field by field, as text', () => {
    const rows = new Map(csv(name).map((r) => [r.id, r]));
    for (const e of content.tree[name]) {
      const expected = Object.fromEntries(Object.entries(csvRow(publicRecord(e.data))).map(([k, v]) => [k, typeof v === 'string' ? neutraliseCell(v) : String(v)]));
      const row = rows.get(e.id)!;
      const filled = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
      expect(filled, e.id).toEqual(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== '')));
    }
  });
});

describe.each(FIGURE_COLLECTIONS)('%s figures', (name) => {
  test('every record has a source that is published, and a quote', () => {
    const sources = new Set(json('sources').records.map((s) => s.id));
    for (const r of json(name).records) {
      expect(sources.has(r.source as string), `${r.id} → ${r.source}`).toBe(true);
      expect(String(r.quote).length, `${r.id} quote`).toBeGreaterThan(7);
    }
  });

  test('CSV values equal the content values', () => {
    const byId = new Map(content.tree[name].map((e) => [e.id, e.data]));
    for (const row of csv(name)) {
      const value = byId.get(row.id)!.value as number | [number, number];
      if (Array.isArray(value)) expect([Number(row.value_low), Number(row.value_high)]).toEqual(value);
      else expect(Number(row.value)).toBe(value);
    }
  });
});

test('events cite sources that are published', () => {
  const sources = new Set(json('sources').records.map((s) => s.id));
  for (const e of json('events').records) {
    expect((e.sources as string[]).length).toBeGreaterThan(0);
    for (const s of e.sources as string[]) expect(sources.has(s), `${e.id} → ${s}`).toBe(true);
  }
});

test('every claim names a claimant that is a published actor', () => {
  const actors = new Set(json('actors').records.map((a) => a.id));
  for (const c of json('claims').records) expect(actors.has(c.claimant as string), String(c.id)).toBe(true);
});

test('the data page documents every collection and links its downloads', () => {
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  for (const name of COLLECTIONS) {
    expect(html).toContain(`id="${name}"`);
    expect(html).toContain(`href="/data/${name}.json"`);
    expect(html).toContain(`href="/data/${name}.csv"`);
  }
});
