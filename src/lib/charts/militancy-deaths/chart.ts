/** The militancy-deaths chart, as the registry lists it. */
import { defineChart } from '../define.ts';
import { compute } from './compute.ts';

export default defineChart({
  id: 'militancy-deaths',
  title: 'Deaths from militant violence in Pakistan',
  subtitle: 'Deaths per year as each publisher counts them, 2013–2025',
  description: 'Yearly deaths from militant violence in Pakistan as each monitoring group counts them, kept apart because they count different things, with changes of definition and revised figures marked and each publisher’s 2025 figure set beside what it counts.',
  page: '/who-are-the-ttp/',
  compute: compute,
  component: () => import('../../../components/charts/MilitancyDeaths.astro'),
});
