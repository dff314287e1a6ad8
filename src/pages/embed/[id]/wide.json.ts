/**
 * `/embed/<chart-id>/wide.json`: the chart's wide artboard, `{ "html": "<svg…" }`, for embeds in a
 * frame wide enough to show it (src/scripts/embed-child.ts). The same Chart component renders it,
 * with both artboards, so its marks' tooltip rows match the table in the embed page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Chart from '../../../components/Chart.astro';
import { CHARTS } from '../../../lib/charts/registry';
import { wideArtboardOf } from '../../../lib/charts/wideArtboard';

export const getStaticPaths = (() => CHARTS.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(Chart, { props: { id: params.id!, context: 'embed-both-artboards' } });
  return new Response(JSON.stringify({ html: wideArtboardOf(html, params.id!) }), { headers: { 'content-type': 'application/json' } });
};
