/** The returnee-flows chart, as the registry lists it. */
import { defineChart } from '../define.ts';
import { compute } from './compute.ts';

export default defineChart({
  id: 'returnee-flows',
  title: 'Afghans returning from Pakistan and Iran',
  subtitle: 'One series per country over 2025, with the milestones of Pakistan’s repatriation plan; other counts beside it',
  description: 'Afghans returning from Pakistan and from Iran: one consistent published series per country as a line over time, with the milestones of Pakistan’s Illegal Foreigners Repatriation Plan on the time axis, and every other publisher’s figure as a number box saying what it counts; never summed.',
  page: '/returnees/',
  compute: compute,
  component: () => import('../../../components/charts/ReturneeFlows.astro'),
});
