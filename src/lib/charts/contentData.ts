/** Content records for charts, read through Astro's content layer (entry wrappers removed). */
import { loadAllCollections } from '../data/collections.ts';
import type { ChartDefinition, ChartDrawing, ChartModel, ContentData, ModelSource } from './types.ts';

export async function chartData(): Promise<ContentData> {
  const all = await loadAllCollections();
  // one line per collection: each is typed on its own (a generic key would lose Astro's entry types)
  const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
  return {
    sources: data(all.sources), actors: data(all.actors), places: data(all.places), events: data(all.events),
    claims: data(all.claims), forces: data(all.forces), returnees: data(all.returnees), militancy: data(all.militancy),
    figures: data(all.figures), glossary: data(all.glossary),
  };
}

/**
 * A build computes each chart's model once (the chart keeps it: define.ts) and every surface
 * (article, gallery, embed, print, CSV, charts.json, figure pages) draws that one; the dev server
 * recomputes, as content changes under it.
 */
const source: ModelSource = { once: import.meta.env.PROD, data: chartData };

export function chartModel(chart: ChartDefinition): Promise<ChartModel<unknown>> {
  return chart.model(source);
}

/** The model with the component that draws it (Chart.astro). */
export function chartDrawing(chart: ChartDefinition): Promise<ChartDrawing> {
  return chart.drawing(source);
}
