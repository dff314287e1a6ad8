/**
 * Source of an explainer page's social card: kicker, title and its first chart (its source line
 * naming the chart's originators, the only figures the card draws), else the standfirst and the
 * publishers of the page's figures.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { explainerPages, notesFor, pageUrl } from '../../../lib/site/pages';
import { CHARTS } from '../../../lib/charts/registry';
import { pageCard } from '../../../lib/cards/specs';
import { siteInformationDate } from '../../../lib/data/collections';
import { figureIndex } from '../../../lib/data/figureIndex';
import { sourceLine } from '../../../lib/charts/sources';
import type { ChartModel } from '../../../lib/charts/types';

export const getStaticPaths = (async () => (await explainerPages()).map((page) => ({ params: { id: page.id }, props: { page } }))) satisfies GetStaticPaths;
export const GET: APIRoute = async ({ props }) => {
  const { page } = props as { page: Awaited<ReturnType<typeof explainerPages>>[number] };
  const notes = [...(await notesFor(page)).values()];
  const chart = CHARTS.find((c) => c.page === pageUrl(page));
  const model = chart && ((await figureIndex()).models.get(chart.id) as ChartModel<unknown>);
  return pageCard({ ...page.data, chart: chart && model && { id: chart.id, title: chart.title, sourceLine: sourceLine(model) } }, notes.map((n) => n.source.publisher), await siteInformationDate());
};
