/** Source of the social card of a claim page (rasterised to .png by scripts/cards/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureIndex } from '../../../lib/data/figureIndex';
import { figureView } from '../../../lib/data/figureView';
import { figureCard } from '../../../lib/cards/specs';
import { siteInformationDate } from '../../../lib/data/collections';

export const getStaticPaths = (async () => (await figureIndex()).data.claims.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;
export const GET: APIRoute = async ({ params, site }) => {
  const index = await figureIndex();
  const asOf = await siteInformationDate();
  const view = figureView('claims', params.id!, index.data, index.pages, site!, asOf);
  return figureCard(view.note, view.claimant, view.kindLabel, asOf);
};
