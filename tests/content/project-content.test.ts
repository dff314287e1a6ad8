import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadContent, formatProblem, type LoadResult } from '../../src/lib/content/load.ts';
import { isSingleNumber, RESEARCH_BATCHES, researchFacts } from '../helpers/research.ts';

let loaded: LoadResult;
beforeAll(async () => { loaded = await loadContent('content'); });

const FIGURE_COLLECTIONS = ['claims', 'forces', 'returnees', 'militancy', 'figures'] as const;

function factsCitedByRecords(): Set<string> {
  const cited = new Set<string>();
  for (const entries of Object.values(loaded.tree)) {
    for (const e of entries) {
      if (typeof e.data.fact === 'string') cited.add(e.data.fact);
      for (const f of (e.data.facts as string[] | undefined) ?? []) cited.add(f);
    }
  }
  return cited;
}

function coverageNotes(): Map<string, string> {
  const dir = join('content', 'research-coverage');
  const notes = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    for (const row of (parseYaml(readFileSync(join(dir, file), 'utf8')) ?? []) as { fact: string; reason: string }[]) {
      expect(row.reason, `${file}: ${row.fact} needs a reason`).toMatch(/\w{3,}/);
      notes.set(row.fact, row.reason);
    }
  }
  return notes;
}

test('the project content has no problems', () => {
  expect(loaded.problems.map(formatProblem)).toEqual([]);
});

test('every collection holds records', () => {
  for (const [name, entries] of Object.entries(loaded.tree)) expect(entries.length, name).toBeGreaterThan(0);
});

describe('nothing from the research is dropped silently', () => {
  test.each(RESEARCH_BATCHES)('every research fact of %s is entered as a record or set aside with a reason', (batch) => {
    const cited = factsCitedByRecords();
    const notes = coverageNotes();
    const rows = researchFacts(batch);
    expect(rows.length).toBeGreaterThan(100);
    const missing = rows.map((f) => f.id).filter((id) => !cited.has(id) && !notes.has(id));
    expect(missing).toEqual([]);
  });

  test('a figure entered from the update quotes its research row verbatim', () => {
    const norm = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
    const rows = new Map(researchFacts('facts-2026-update.csv').map((f) => [f.id, norm(f.quote)]));
    const entered = FIGURE_COLLECTIONS.flatMap((name) => loaded.tree[name]).filter((e) => rows.has(String(e.data.fact)));
    expect(entered.length).toBeGreaterThan(60);
    const stray = entered
      .filter((e) => !norm(String(e.data.quote)).split(/\s*…\s*/).every((part) => rows.get(String(e.data.fact))!.includes(part.replace(/^"|"$/g, ''))))
      .map((e) => `${e.file}: ${e.id}`);
    expect(stray).toEqual([]);
  });

  test('low-confidence update rows from aggregators are not entered as figures', () => {
    // UPDATE.md: the Q1 2026 "more than 370" has no original behind it and must not be published.
    const cited = factsCitedByRecords();
    expect(cited.has('F0405')).toBe(false);
  });

  test('every numeric figure from the five base reports is a record', () => {
    const cited = factsCitedByRecords();
    // Years and dates ("since 2022", "in 2025") are events, not figures: the events test covers them.
    const isCalendar = (f: { unit: string; topic: string }) => ['year', 'years', 'date', 'month'].includes(f.unit) || f.topic === 'timeline';
    const baseFigures = researchFacts().filter((f) => f.source_id.startsWith('report-') && isSingleNumber(f.value) && !isCalendar(f));
    expect(baseFigures.length).toBeGreaterThan(30);
    expect(baseFigures.filter((f) => !cited.has(f.id)).map((f) => `${f.id} ${f.value}`)).toEqual([]);
  });

  test('records cite research facts that exist', () => {
    const ids = new Set(researchFacts().map((f) => f.id));
    expect([...factsCitedByRecords()].filter((id) => !ids.has(id))).toEqual([]);
    expect([...coverageNotes().keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});

test('figures that come from a base report quote it verbatim', () => {
  const sources = readdirSync(join('..', 'shared', 'sources')).map((f) => readFileSync(join('..', 'shared', 'sources', f), 'utf8'));
  const norm = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').replace(/\.\.\./g, '…').trim();
  const corpus = sources.map(norm).join('\n');
  const notFound: string[] = [];
  for (const name of FIGURE_COLLECTIONS) {
    for (const e of loaded.tree[name]) {
      if (!String((e.data.source as { id: string }).id).startsWith('report-')) continue;
      const parts = norm(String(e.data.quote)).split(/\s*…\s*/).filter(Boolean);
      if (!parts.every((p) => corpus.includes(p))) notFound.push(`${e.file}: ${e.id}`);
    }
  }
  expect(notFound).toEqual([]);
});
