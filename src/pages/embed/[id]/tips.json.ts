/** `/embed/<chart-id>/tips.json`: the chart's tooltip table (src/lib/charts/tipTable.ts), fetched on the first hover or focus (src/scripts/tips.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../lib/charts/registry';
import { embedParts } from './_parts';

export const getStaticPaths = (() => CHARTS.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await embedParts(params.id!)).tips, { headers: { 'content-type': 'application/json' } });
