/** `/charts/<chart-id>/snippets.json`: `{ embed, image }`, the embed and image-only code an article's chart panel fetches when opened (src/components/ChartTools.astro). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, chartById } from '../../../lib/charts/registry';
import { chartModel } from '../../../lib/charts/contentData';
import { embedCode, imageCode, initialHeight } from '../../../lib/embed/snippets';

export const getStaticPaths = (() => CHARTS.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const chart = chartById(params.id!);
  const model = await chartModel(chart);
  const snippets = { embed: embedCode(chart, site!, initialHeight(model.layouts), model.summary), image: imageCode(chart, site!, model.summary) };
  return new Response(JSON.stringify(snippets), { headers: { 'content-type': 'application/json' } });
};
