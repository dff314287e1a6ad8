/** Source of an explainer page's social card: title, standfirst or its first chart, the sources of its figures. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { explainerPages, notesFor, pageUrl } from '../../../lib/site/pages';
import { CHARTS } from '../../../lib/charts/registry';
import { pageCard } from '../../../lib/cards/specs';
import { siteInformationDate } from '../../../lib/data/collections';

export const getStaticPaths = (async () => (await explainerPages()).map((page) => ({ params: { id: page.id }, props: { page } }))) satisfies GetStaticPaths;
export const GET: APIRoute = async ({ props }) => {
  const { page } = props as { page: Awaited<ReturnType<typeof explainerPages>>[number] };
  const notes = [...(await notesFor(page)).values()];
  const chart = CHARTS.find((c) => c.page === pageUrl(page));
  return pageCard({ ...page.data, chartId: chart?.id }, notes.map((n) => n.source.publisher), await siteInformationDate());
};
