/** Source of the social card of a figure page (rasterised to .png by scripts/cards/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allFigures, figureIndex } from '../../../../lib/data/figureIndex';
import { figureView } from '../../../../lib/data/figureView';
import type { FigureCollection } from '../../../../lib/data/figurePages';
import { figureCard } from '../../../../lib/cards/specs';
import { siteInformationDate } from '../../../../lib/data/collections';

export const getStaticPaths = (async () =>
  allFigures((await figureIndex()).data).filter((f) => f.collection !== 'claims').map((f) => ({ params: { collection: f.collection, id: f.id } }))) satisfies GetStaticPaths;
export const GET: APIRoute = async ({ params, site }) => {
  const index = await figureIndex();
  const asOf = await siteInformationDate();
  const view = figureView(params.collection as FigureCollection, params.id!, index.data, index.pages, site!, asOf);
  return figureCard(view.note, view.claimant, view.kindLabel, asOf);
};
