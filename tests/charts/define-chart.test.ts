/**
 * The typed chart declaration (src/lib/charts/define.ts). The type cases are checked by
 * `npx astro check` (npm test's type check): each `@ts-expect-error` must meet an error, so a
 * declaration that let a component draw another chart's geometry would fail the check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineChart } from '../../src/lib/charts/define.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import type { ChartComponent, ChartModel, ContentData } from '../../src/lib/charts/types.ts';
import { compute as computeCasualtyClaims } from '../../src/lib/charts/casualty-claims/compute.ts';
import { computeForceBalance } from '../../src/lib/charts/force-balance/compute.ts';
import { TipRows } from '../../src/lib/charts/tipTable.ts';
import { projectData } from '../helpers/content.ts';

const words = { title: 't', subtitle: 's', description: 'd', page: '/' };

// Type cases: never run (nothing calls `component`), only type-checked.
export const rightPair = defineChart({ id: 'right', ...words, compute: computeForceBalance, component: () => import('../../src/components/charts/ForceBalance.astro') });
export const wrongPair = defineChart({
  id: 'wrong', ...words, compute: computeCasualtyClaims,
  // @ts-expect-error the force-balance component cannot draw casualty-claims geometry
  component: () => import('../../src/components/charts/ForceBalance.astro'),
});

/** A toy chart: its geometry is a number, its component records what it was given. */
type Toy = { n: number };
function toy() {
  let computes = 0;
  const drawn: Toy[] = [];
  const art: ChartComponent<Toy> = ({ g }) => drawn.push(g);
  const model = (data: ContentData): ChartModel<Toy> => {
    computes++;
    const at = (width: number) => ({ n: data.sources.length, width, height: 10 });
    return { summary: 's', layouts: { narrow: at(360), wide: at(720) }, table: { columns: [], rows: [] }, sources: [], notes: [] };
  };
  const chart = defineChart({ id: 'toy', ...words, compute: model, component: async () => ({ default: art }) });
  return { chart, drawn, computes: () => computes };
}
const data = await projectData();

describe('defineChart', () => {
  it('keeps one model per build: every surface (model, drawing) gets the first compute', async () => {
    const { chart, computes } = toy();
    let loads = 0;
    const source = { once: true, data: async () => (loads++, data) };
    const [a, b] = await Promise.all([chart.model(source), chart.model(source)]);
    const drawing = await chart.drawing(source);
    expect(computes()).toBe(1);
    expect(loads).toBe(1);
    expect(b).toBe(a);
    expect(drawing.model).toBe(a);
  });

  it('recomputes when the source says so (the dev server)', async () => {
    const { chart, computes } = toy();
    const source = { once: false, data: async () => data };
    await chart.model(source);
    await chart.drawing(source);
    expect(computes()).toBe(2);
  });

  it('draws each artboard with its own component and geometry', async () => {
    const { chart, drawn } = toy();
    const drawing = await chart.drawing({ once: true, data: async () => data });
    drawing.draw((Art, layouts) => Art({ g: layouts.narrow, titleId: 't', descId: 'd', tips: new TipRows() }));
    expect(drawn).toEqual([{ n: data.sources.length, width: 360, height: 10 }]);
  });
});

describe('the registry', () => {
  it('lists every chart module (src/lib/charts/<id>/chart.ts) once, by its folder name', () => {
    const root = 'src/lib/charts';
    const modules = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && readdirSync(join(root, d.name)).includes('chart.ts')).map((d) => d.name);
    expect(CHARTS.map((c) => c.id).sort()).toEqual(modules.sort());
    for (const id of modules) expect(readFileSync(join(root, id, 'chart.ts'), 'utf8')).toContain(`id: '${id}'`);
  });

  it('no surface computes a model itself: src/ gets models through contentData (one per build)', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
    const computing = files('src').filter((f) => /\.(ts|astro)$/.test(f) && /\.compute\(/.test(readFileSync(f, 'utf8')));
    expect(computing).toEqual(['src/lib/charts/define.ts']);
  });
});
