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
    subtitle: 'Killed, wounded and captured in the fighting of February and March 2026, as each claimant gives them',
    description: 'Each party’s and each monitor’s casualty figures for the February 2026 fighting, side by side and never merged, with qualifiers, verification status and how running totals changed.',
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
    subtitle: 'Estimated forces of Pakistan and the Taliban government, by category',
    description: 'Outside estimates of Pakistan’s and the Taliban’s forces, one panel per category with its own scale, with who made each estimate and for which year.',
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
    subtitle: 'Returns as each publisher counted them, 2023–2026, with the milestones of Pakistan’s repatriation plan',
    description: 'Afghans returning from Pakistan and from Iran since 2023: every published figure drawn over the period it covers, one look per series, never summed across series or countries, with the milestones of Pakistan’s Illegal Foreigners Repatriation Plan numbered.',
    page: '/returnees/',
    compute: computeReturneeFlows,
  },
];

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart with id "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}
