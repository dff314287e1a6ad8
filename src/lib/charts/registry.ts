/** Every chart, by id. Article, embed, print and download surfaces all draw through this list. */
import type { ChartDefinition } from './types.ts';
import { computeForceBalance } from './force-balance/compute.ts';

export const CHARTS: ChartDefinition[] = [
  {
    id: 'force-balance',
    title: 'How the two militaries compare',
    subtitle: 'Estimated forces of Pakistan and the Taliban government, by category',
    description: 'Outside estimates of Pakistan’s and the Taliban’s forces, one panel per category with its own scale, with who made each estimate and for which year.',
    page: '/military-balance/',
    compute: computeForceBalance as ChartDefinition['compute'],
  },
];

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart with id "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}
