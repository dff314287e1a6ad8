/** Source of the social card of a figure page (rasterised to .png by scripts/cards/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFigureView, otherFigurePaths } from '../../../../lib/data/figureIndex';
import type { FigureCollection } from '../../../../lib/data/figurePages';
import { figureCard } from '../../../../lib/cards/specs';

export const getStaticPaths = otherFigurePaths satisfies GetStaticPaths;
export const GET: APIRoute = async ({ params, site }) => {
  const { view, asOf } = await loadFigureView(params.collection as FigureCollection, params.id!, site!);
  return figureCard(view.note, view.claimant, view.kindLabel, asOf);
};
