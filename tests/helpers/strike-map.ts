/** The project's content and its strike-map model, loaded once per test file (shared by the strike-map suites). */
import { expect } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { compute } from '../../src/lib/charts/strike-map/compute.ts';
import type { Geometry } from '../../src/lib/charts/strike-map/layout.ts';
import { plainData, type ChartModel, type ContentData } from '../../src/lib/charts/types.ts';

export async function loadStrikeMap(): Promise<{ data: ContentData; model: ChartModel<Geometry> }> {
  const { tree, problems } = await loadContent('content');
  expect(problems).toEqual([]);
  const data = plainData(tree);
  return { data, model: compute(data) };
}
