/** Content records for charts, read through Astro's content layer (entry wrappers removed). */
import { appendFileSync } from 'node:fs';
import { loadAllCollections } from '../data/collections.ts';
import { plainData, type ChartDefinition, type ChartDrawing, type ChartModel, type ContentData, type ModelSource } from './types.ts';

export async function chartData(): Promise<ContentData> {
  return plainData(await loadAllCollections());
}

/**
 * A build computes each chart's model once (the chart keeps it: define.ts) and every surface
 * (article, gallery, embed, print, CSV, charts.json, figure pages) draws that one; the dev server
 * recomputes, as content changes under it.
 */
const source = (chart: ChartDefinition): ModelSource => ({
  once: import.meta.env.PROD,
  data: () => {
    // `npm run bench -- --scale` counts the computes of a build here (scripts/bench/scale-run.ts).
    if (process.env.CHART_COMPUTE_LOG) appendFileSync(process.env.CHART_COMPUTE_LOG, `${chart.id}\n`);
    return chartData();
  },
});

export function chartModel(chart: ChartDefinition): Promise<ChartModel<unknown>> {
  return chart.model(source(chart));
}

/** The model with the component that draws it (Chart.astro). */
export function chartDrawing(chart: ChartDefinition): Promise<ChartDrawing> {
  return chart.drawing(source(chart));
}
