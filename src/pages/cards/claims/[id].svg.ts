/** Source of the social card of a claim page (rasterised to .png by scripts/cards/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { claimPaths, loadFigureView } from '../../../lib/data/figureIndex';
import { figureCard } from '../../../lib/cards/specs';

export const getStaticPaths = claimPaths satisfies GetStaticPaths;
export const GET: APIRoute = async ({ params, site }) => {
  const { view, asOf } = await loadFigureView('claims', params.id!, site!);
  return figureCard(view.note, view.claimant, view.kindLabel, asOf);
};
