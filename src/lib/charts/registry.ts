/**
 * Every chart, in the order the site lists them. Article, gallery, embed, print and download
 * surfaces all draw through this list; each chart declares itself in its own `chart.ts`.
 */
import type { ChartDefinition } from './types.ts';
import casualtyClaims from './casualty-claims/chart.ts';
import strikeMap from './strike-map/chart.ts';
import forceBalance from './force-balance/chart.ts';
import militancyDeaths from './militancy-deaths/chart.ts';
import returneeFlows from './returnee-flows/chart.ts';

export const CHARTS: readonly ChartDefinition[] = [casualtyClaims, strikeMap, forceBalance, militancyDeaths, returneeFlows];

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart with id "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}
