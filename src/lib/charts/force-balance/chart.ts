/** The force-balance chart, as the registry lists it. */
import { defineChart } from '../define.ts';
import { computeForceBalance } from './compute.ts';

export default defineChart({
  id: 'force-balance',
  title: 'How the two militaries compare',
  subtitle: 'Outside estimates of Pakistan’s and the Taliban’s forces, by category',
  description: 'Pakistan’s and the Taliban’s forces compared pair by pair where both sides have a figure, each pair on its own scale (a source’s “none” counts as zero), and the one-sided estimates as a factbox, with who made each estimate and for which year.',
  page: '/military-balance/',
  compute: computeForceBalance,
  component: () => import('../../../components/charts/ForceBalance.astro'),
});
