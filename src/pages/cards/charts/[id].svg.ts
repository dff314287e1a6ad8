/** Source of a chart's social card: the chart through its registry entry and PNG download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, chartById } from '../../../lib/charts/registry';
import { chartCard } from '../../../lib/cards/specs';
import { figureIndex } from '../../../lib/data/figureIndex';
import { siteInformationDate } from '../../../lib/data/collections';
import type { ChartModel } from '../../../lib/charts/types';

export const getStaticPaths = (() => CHARTS.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;
export const GET: APIRoute = async ({ params }) => {
  const chart = chartById(params.id!);
  const model = (await figureIndex()).models.get(chart.id) as ChartModel<unknown>;
  return chartCard(chart, model.sources, await siteInformationDate());
};
