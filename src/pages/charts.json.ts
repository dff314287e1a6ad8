import type { APIRoute } from 'astro';
import { CHARTS } from '../lib/charts/registry';

/** Machine-readable list of charts, so tools and tests can enumerate them. */
export const GET: APIRoute = ({ site }) => {
  const charts = CHARTS.map((c) => ({
    id: c.id,
    title: c.title,
    subtitle: c.subtitle,
    description: c.description,
    page: new URL(c.page, site).href,
    gallery: new URL(`/charts/#${c.id}`, site).href,
    embed: null,
    downloads: {},
  }));
  return new Response(JSON.stringify({ charts }, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
