/** The project's content and its strike-map model, loaded once per test file (shared by the strike-map suites). */
import { projectData } from './content.ts';
import { compute } from '../../src/lib/charts/strike-map/compute.ts';
import type { Geometry } from '../../src/lib/charts/strike-map/layout.ts';
import type { ChartModel, ContentData } from '../../src/lib/charts/types.ts';

export async function loadStrikeMap(): Promise<{ data: ContentData; model: ChartModel<Geometry> }> {
  const data = await projectData();
  return { data, model: compute(data) };
}
