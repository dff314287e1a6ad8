/** Content records for charts, read through Astro's content layer (entry wrappers removed). */
import { appendFileSync } from 'node:fs';
import { loadAllCollections } from '../data/collections.ts';
import { plainData, type ChartDefinition, type ChartModel, type ContentData } from './types.ts';

export async function chartData(): Promise<ContentData> {
  return plainData(await loadAllCollections());
}

const built = new Map<string, Promise<ChartModel<unknown>>>();

/**
 * A chart's model. A build computes it once and every surface (article, gallery, embed, print,
 * CSV, charts.json, figure pages) draws that one; the dev server recomputes, as content changes under it.
 */
export function chartModel(chart: ChartDefinition): Promise<ChartModel<unknown>> {
  const compute = async () => {
    // `npm run bench -- --scale` counts the computes of a build here (scripts/bench/scale-run.ts).
    if (process.env.CHART_COMPUTE_LOG) appendFileSync(process.env.CHART_COMPUTE_LOG, `${chart.id}\n`);
    return chart.compute(await chartData());
  };
  if (!import.meta.env.PROD) return compute();
  let model = built.get(chart.id);
  if (!model) built.set(chart.id, (model = compute()));
  return model;
}
