import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { computeForceBalance, pickEstimate } from '../../src/lib/charts/force-balance/compute.ts';
import { plainData, type ContentData } from '../../src/lib/charts/types.ts';

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
  test('each category has its own scale: the larger side always spans the full plot width', () => {
    const { layouts } = computeForceBalance(data);
    for (const layout of Object.values(layouts)) {
      for (const panel of layout.panels) {
        const widths = panel.bars.filter((b) => b.record).map((b) => b.width);
        expect(Math.max(...widths)).toBeCloseTo(layout.plotWidth, 5);
      }
    }
  });

  test('the table holds exactly the plotted records and the source line exactly their sources', () => {
    const model = computeForceBalance(data);
    const plotted = model.layouts.wide.panels.flatMap((p) => p.bars.flatMap((b) => (b.record ? [b.record] : [])));
    const plottedSources = [...new Set(plotted.map((r) => r.source))].sort();
    expect(model.sources.map((s) => s.id).sort()).toEqual(plottedSources);
    expect(model.table.rows.filter((r) => r[5]).map((r) => r[2])).toEqual(plotted.map((r) => r.valueText));
  });

  test('qualifiers are kept: a bound is written as a bound', () => {
    const model = computeForceBalance(data);
    const bounded = model.layouts.wide.panels.flatMap((p) => p.bars).filter((b) => b.record && b.record.qualifier !== 'exact');
    for (const b of bounded) expect(b.record!.valueText).toMatch(/^(more than|at least|about|up to|fewer than) /);
  });

  test('labels stay inside the artboard (estimated at 0.55 em per character, Inter’s average)', () => {
    const model = computeForceBalance(data);
    for (const [name, layout] of Object.entries(model.layouts)) {
      const em = name === 'narrow' ? 14 : 13;
      for (const bar of layout.panels.flatMap((p) => p.bars).filter((b) => b.record)) {
        const text = `${bar.record!.valueText} ${bar.record!.by} ${bar.record!.asOf}`;
        expect(bar.labelX + text.length * em * 0.55, `${name}: ${text}`).toBeLessThanOrEqual(layout.width + 4);
      }
    }
  });
});
