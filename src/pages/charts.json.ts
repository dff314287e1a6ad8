import type { APIRoute } from 'astro';
import { CHARTS } from '../lib/charts/registry';
import { chartModel } from '../lib/charts/contentData';
import { chartUrls, citeBibtex, citePlain, embedCode, initialHeight } from '../lib/embed/snippets';
import { siteInformationDate } from '../lib/data/collections';
import { sourceLine } from '../lib/charts/sources';

/**
 * Machine-readable list of charts, so tools and tests can enumerate them, with each model's words
 * (finding, notes, source line, sources): the downloads step reads them here rather than computing
 * the model again.
 */
export const GET: APIRoute = async ({ site }) => {
  const asOf = await siteInformationDate();
  const models = await Promise.all(CHARTS.map(chartModel));
  const charts = CHARTS.map((c, i) => {
    const model = models[i];
    const u = chartUrls(c, site!);
    return {
      id: c.id,
      title: c.title,
      subtitle: c.subtitle,
      description: c.description,
      page: new URL(c.page, site).href,
      gallery: new URL(`/charts/#${c.id}`, site).href,
      embed: u.embed,
      oembed: u.oembed,
      embedCode: embedCode(c, site!, initialHeight(model.layouts), model.summary),
      downloads: { svg: u.svg, png: u.png, csv: u.csv },
      cite: { text: citePlain(c, site!, asOf), bibtex: citeBibtex(c, site!, asOf) },
      dataAsOf: asOf,
      summary: model.summary,
      notes: model.notes,
      sourceLine: sourceLine(model),
      originators: model.originators ?? [],
      sources: model.sources,
    };
  });
  return new Response(JSON.stringify({ charts }, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
