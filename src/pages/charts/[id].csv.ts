import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, chartById } from '../../lib/charts/registry';
import { chartModel } from '../../lib/charts/contentData';
import { chartCsv } from '../../lib/embed/csv';

export const getStaticPaths = (() => CHARTS.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

/** `/charts/<id>.csv`: exactly the plotted rows, with their sources. */
export const GET: APIRoute = async ({ params }) => {
  const model = await chartModel(chartById(params.id!));
  return new Response(chartCsv(model), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
