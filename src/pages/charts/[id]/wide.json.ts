/** `/charts/<chart-id>/wide.json`: `{ "html": "<svg…" }`, the wide artboard a page fetches when it shows the chart wide (src/scripts/wide-art.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../lib/charts/registry';
import { pageParts } from './_parts';

export const getStaticPaths = (() => CHARTS.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify({ html: (await pageParts(params.id!)).wide }), { headers: { 'content-type': 'application/json' } });
