/** Every chart, by id. Article, embed, print and download surfaces all draw through this list. */
import type { ChartDefinition } from './types.ts';
import { computeForceBalance } from './force-balance/compute.ts';
import { compute as computeCasualtyClaims } from './casualty-claims/compute.ts';
import { compute as computeReturneeFlows } from './returnee-flows/compute.ts';
import { compute as computeMilitancyDeaths } from './militancy-deaths/compute.ts';
import { compute as computeStrikeMap } from './strike-map/compute.ts';

export const CHARTS: ChartDefinition[] = [
  {
    id: 'casualty-claims',
    title: 'Who says how many died',
    subtitle: 'Killed and wounded in the fighting of 2026, by whose losses and by who gives the figure',
    description: 'Who says how many were killed and wounded in each episode of the 2026 fighting: each party’s and each monitor’s latest figure side by side on one scale per measure, never merged, with qualifiers, verification status and dates, then how the running counts grew.',
    page: '/what-happened/',
    compute: computeCasualtyClaims,
  },
  {
    id: 'strike-map',
    title: 'Where the fighting happened',
    subtitle: 'Places struck, attacked or closed in the 2026 escalation',
    description: 'A locator map of the strikes, attacks and border crossings named in the events of the 2026 escalation, with the border and the main cities.',
    page: '/what-happened/',
    compute: computeStrikeMap,
  },
  {
    id: 'force-balance',
    title: 'How the two militaries compare',
    subtitle: 'Outside estimates of Pakistan’s and the Taliban’s forces, by category',
    description: 'Pakistan’s and the Taliban’s forces compared on one scale per category where both sides have a figure (a source’s “none” counts as zero), and the one-sided estimates as a factbox, with who made each estimate and for which year.',
    page: '/military-balance/',
    compute: computeForceBalance,
  },
  {
    id: 'militancy-deaths',
    title: 'Deaths from militant violence in Pakistan',
    subtitle: 'Deaths per year as each publisher counts them, 2013–2025',
    description: 'Yearly deaths from militant violence in Pakistan as each monitoring group counts them, kept apart because they count different things, with changes of definition and revised figures marked and each publisher’s 2025 figure set beside what it counts.',
    page: '/who-are-the-ttp/',
    compute: computeMilitancyDeaths,
  },
  {
    id: 'returnee-flows',
    title: 'Afghans returning from Pakistan and Iran',
    subtitle: 'One series per country over 2025, with the milestones of Pakistan’s repatriation plan; other counts beside it',
    description: 'Afghans returning from Pakistan and from Iran: one consistent published series per country as a line over time, with the milestones of Pakistan’s Illegal Foreigners Repatriation Plan on the time axis, and every other publisher’s figure as a number box saying what it counts; never summed.',
    page: '/returnees/',
    compute: computeReturneeFlows,
  },
];

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart with id "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}
