/** `/charts/<chart-id>/tips.json`: the chart's tooltip table on pages (src/lib/charts/tipTable.ts), fetched on the first hover or focus (src/scripts/tips.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../lib/charts/registry';
import { pageParts } from './_parts';

export const getStaticPaths = (() => CHARTS.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await pageParts(params.id!)).tips, { headers: { 'content-type': 'application/json' } });
