import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { CATEGORIES, SIDES, computeForceBalance, pickEstimate } from '../../src/lib/charts/force-balance/compute.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';
import { collisions, lineBox, outside } from '../../src/lib/viz/box.ts';
import { actorName } from '../../src/lib/charts/sources.ts';

let data: ContentData;
beforeAll(async () => {
  const { tree, problems } = await loadContent('content');
  expect(problems).toEqual([]);
  data = plainData(tree);
});

const force = (id: string, asOf: number, qualifier: string, source: string) => ({
  id, actor: { collection: 'actors', id: 'pk' }, category: 'helicopters', value: 1, qualifier, quote: 'q', asOf,
  estimatedBy: { collection: 'actors', id: 'iiss' }, source: { collection: 'sources', id: source },
}) as unknown as ContentData['forces'][number];

describe('pickEstimate', () => {
  test('prefers the latest year, then an exact figure, then a base report', () => {
    const forces = [force('old', 2024, 'exact', 'src-1'), force('bound', 2025, 'more-than', 'report-001'), force('exact', 2025, 'exact', 'src-2')];
    expect(pickEstimate(forces, 'pk', 'helicopters')?.id).toBe('exact');
    expect(pickEstimate(forces.slice(0, 2), 'pk', 'helicopters')?.id).toBe('bound');
    expect(pickEstimate(forces, 'af', 'helicopters')).toBeUndefined();
  });
});

describe('computeForceBalance on the project content', () => {
  const textOf = (g: { texts: { spans: { text: string }[] }[] }) => g.texts.map((t) => t.spans.map((x) => x.text).join('')).join(' ').replace(/\u00a0/g, ' ');

  test('bars only where both sides have a figure, both on one scale: a larger figure is a longer bar', () => {
    for (const g of Object.values(computeForceBalance(data).layouts)) {
      const cats = [...new Set(g.bars.map((b) => b.category))];
      expect(cats.length).toBeGreaterThan(1);
      for (const c of cats) {
        const pair = g.bars.filter((b) => b.category === c);
        expect(pair.map((b) => b.side)).toEqual(['pakistan-military', 'afghan-taliban-forces']);
        const [a, b] = pair;
        if (a.value > 0 && b.value > 0) expect(a.len / a.value).toBeCloseTo(b.len / b.value, 5);
        if (a.value > b.value) expect(a.len).toBeGreaterThan(b.len);
      }
    }
  });

  test('a source’s “none” is a value, zero with its words; “no estimate” only where no source gives one', () => {
    const m = computeForceBalance(data);
    const zero = m.layouts.wide.bars.find((b) => b.category === 'combat-aircraft' && b.side === 'afghan-taliban-forces')!;
    expect(zero.value).toBe(0);
    expect(zero.zero).toBe(true);
    expect(zero.record.quote).toContain('no fighter jets');
    const text = textOf({ texts: [...m.layouts.wide.texts, ...m.layouts.wide.bars.flatMap((b) => b.lines)] });
    expect(text).toContain('none (“no fighter jets”)');
    const none = m.table.rows.filter((r) => r[2] === 'No estimate in the sources');
    expect(none.length).toBeGreaterThan(0);
    for (const row of none) {
      const category = CATEGORIES.find(([, label]) => label === row[0])![0];
      const actor = SIDES.find((s) => actorName(data, s) === row[1])!;
      expect(data.forces.some((f) => f.actor.id === actor && f.category === category), row.join(' ')).toBe(false);
    }
  });

  test('the table holds exactly the plotted records and the source line exactly their sources', () => {
    const m = computeForceBalance(data);
    const ids = m.table.rows.map((r) => r[5]).filter(Boolean);
    expect([...new Set(ids)].sort()).toEqual(m.sources.map((s) => s.id).sort());
  });

  test('qualifiers are kept: a bound is written as a bound, with the open-ended glyph', () => {
    const g = computeForceBalance(data).layouts.wide;
    const open = g.bars.filter((b) => b.open);
    expect(open.length).toBeGreaterThan(0);
    for (const b of open) expect(b.record.valueText).toMatch(/^(more than|at least) /);
  });

  test('no label overlaps another and none leaves the artboard (font metrics table)', () => {
    for (const g of Object.values(computeForceBalance(data).layouts)) {
      const boxes = [...g.texts, ...g.bars.flatMap((b) => b.lines)].map(lineBox);
      expect(collisions(boxes).map(([a, b]) => `${a.what} × ${b.what}`)).toEqual([]);
      expect(outside(boxes, g.width, g.height).map((b) => b.what)).toEqual([]);
    }
  });

  test('with the longest estimator names the schema allows (35 characters), every label stays inside the artboard', () => {
    // as wide as real text gets (tests/build/longest-values.test.ts fills the whole site this way)
    const long = 'Pakistan’s Inter-Services Public Relations'.slice(0, 35);
    const longData = { ...data, actors: data.actors.map((a) => ({ ...a, shortName: long })) } as ContentData;
    for (const g of Object.values(computeForceBalance(longData).layouts)) {
      const boxes = [...g.texts, ...g.bars.flatMap((b) => b.lines)].map(lineBox);
      expect(outside(boxes, g.width, g.height).map((b) => b.what)).toEqual([]);
      expect(collisions(boxes).map(([a, b]) => `${a.what} × ${b.what}`)).toEqual([]);
    }
  });

  test('the summary compares only where both sides have a figure and names the estimators', () => {
    const { summary } = computeForceBalance(data);
    expect(summary).toContain('660,000 active personnel to 172,000');
    expect(summary).toContain('IISS');
    expect(summary).not.toMatch(/\d+ of the \d+/);
  });
});
