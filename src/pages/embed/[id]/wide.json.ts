/** `/embed/<chart-id>/wide.json`: `{ "html": "<svg…", "names"?: "narrow" }` (embedParts.ts), the wide artboard, for frames wide enough to show it (src/scripts/embed-child.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../lib/charts/registry';
import { embedParts } from './_parts';

export const getStaticPaths = (() => CHARTS.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await embedParts(params.id!)).wide), { headers: { 'content-type': 'application/json' } });
