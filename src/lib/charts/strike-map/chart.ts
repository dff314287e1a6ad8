/** The strike-map chart, as the registry lists it. */
import { defineChart } from '../define.ts';
import { compute } from './compute.ts';

export default defineChart({
  id: 'strike-map',
  title: 'Where the fighting happened',
  subtitle: 'Places struck, attacked or closed in the 2026 escalation',
  description: 'A locator map of the strikes, attacks and border crossings named in the events of the 2026 escalation, with the border and the main cities.',
  page: '/what-happened/',
  compute: compute,
  component: () => import('../../../components/charts/StrikeMap.astro'),
});
