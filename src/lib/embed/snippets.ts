/**
 * What a journalist copies: the embed code (iframe + host script + static fallback), the
 * image-only code, citations, and the URLs of a chart's embed and downloads. Pure: the site's
 * origin comes in as an argument, so the same code is tested against any server.
 */
import { SITE_NAME } from '../site/nav.ts';
import { formatDate } from '../data/asOf.ts';

export interface ChartRef { id: string; title: string; page: string }

export const chartUrls = (chart: ChartRef, site: URL | string) => ({
  article: new URL(`${chart.page}#${chart.id}`, site).href,
  embed: new URL(`/embed/${chart.id}/`, site).href,
  oembed: new URL(`/oembed/${chart.id}.json`, site).href,
  svg: new URL(`/charts/${chart.id}.svg`, site).href,
  png: new URL(`/charts/${chart.id}.png`, site).href,
  csv: new URL(`/charts/${chart.id}.csv`, site).href,
  hostScript: new URL('/embed.js', site).href,
});

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The height the iframe starts at before the host script measures it. */
export function initialHeight(layouts: { narrow: { height: number }; wide: { height: number } }): number {
  // Title, subtitle, summary, notes and sources take about 320 px around the artboard.
  return Math.ceil((Math.max(layouts.narrow.height, layouts.wide.height) + 320) / 10) * 10;
}

/** The full embed code: a self-resizing iframe, the host script and a link with a static image. */
export function embedCode(chart: ChartRef, site: URL | string, height: number, summary: string): string {
  const u = chartUrls(chart, site);
  return [
    `<div class="pa-embed">`,
    `<iframe src="${u.embed}" title="${escapeHtml(`Chart: ${chart.title}`)}" width="100%" height="${height}" loading="lazy" frameborder="0" style="border:0;width:100%;display:block" data-pa-embed="${chart.id}"></iframe>`,
    `<script async src="${u.hostScript}"></script>`,
    `<a class="pa-embed-fallback" data-pa-fallback="${chart.id}" href="${u.article}"><img src="${u.png}" alt="${escapeHtml(`${chart.title}. ${summary}`)}" style="max-width:100%;height:auto"></a>`,
    `</div>`,
  ].join('\n');
}

/** For sites that strip iframes and scripts: the chart as an image linking to the article. */
export function imageCode(chart: ChartRef, site: URL | string, summary: string): string {
  const u = chartUrls(chart, site);
  return `<a href="${u.article}"><img src="${u.png}" alt="${escapeHtml(`${chart.title}. ${summary}`)}" style="max-width:100%;height:auto"></a>`;
}

export function citePlain(chart: ChartRef, site: URL | string, asOf: string): string {
  return `${SITE_NAME}, “${chart.title}” (chart), data as of ${formatDate(asOf)}, ${chartUrls(chart, site).article}`;
}

export function citeBibtex(chart: ChartRef, site: URL | string, asOf: string): string {
  const year = asOf.slice(0, 4);
  return [
    `@misc{pa-explainer-${chart.id},`,
    `  author = {{${SITE_NAME}}},`,
    `  title = {${chart.title}},`,
    `  howpublished = {Chart},`,
    `  year = {${year}},`,
    `  note = {Data as of ${formatDate(asOf)}},`,
    `  url = {${chartUrls(chart, site).article}}`,
    `}`,
  ].join('\n');
}
