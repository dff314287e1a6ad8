/** The casualty-claims chart, as the registry lists it. */
import { defineChart } from '../define.ts';
import { compute } from './compute.ts';

export default defineChart({
  id: 'casualty-claims',
  title: 'Who says how many died',
  subtitle: 'Killed and wounded in the fighting of 2026, by whose losses and by who gives the figure',
  description: 'Who says how many were killed and wounded in each episode of the 2026 fighting: each party’s and each monitor’s latest figure side by side on one scale per measure, never merged, with qualifiers, verification status and dates, then how the running counts grew.',
  page: '/what-happened/',
  compute: compute,
  component: () => import('../../../components/charts/CasualtyClaims.astro'),
});
