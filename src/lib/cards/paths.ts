/** Where each social card image is published (1200×630 PNG, made after the build by scripts/cards/). */
import type { FigureCollection } from '../data/figurePages.ts';

export const cardPath = (collection: FigureCollection, id: string) =>
  collection === 'claims' ? `/cards/claims/${id}.png` : `/cards/figures/${collection}/${id}.png`;
export const chartCardPath = (chartId: string) => `/cards/charts/${chartId}.png`;
export const pageCardPath = (pageId: string) => `/cards/pages/${pageId}.png`;
