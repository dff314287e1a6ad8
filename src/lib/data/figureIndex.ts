/** Everything the claim and figure pages need, read once per build through Astro's content layer. */
import { getCollection } from 'astro:content';
import { chartData, chartModel } from '../charts/contentData.ts';
import { CHARTS } from '../charts/registry.ts';
import type { ContentData } from '../charts/types.ts';
import { HOME_ID } from '../site/pages.ts';
import { siteInformationDate } from './collections.ts';
import { FIGURE_COLLECTIONS, modelUsesRecord, type FigureCollection } from './figurePages.ts';
import { figureView } from './figureView.ts';

export interface FigureIndex {
  data: ContentData;
  pages: { id: string; title: string; body: string }[];
  /** chart id → its computed model (through the registry, as every surface draws it) */
  models: Map<string, unknown>;
}

let cached: Promise<FigureIndex> | undefined;

export function figureIndex(): Promise<FigureIndex> {
  return (cached ??= (async () => {
    const data = await chartData();
    const pages = (await getCollection('pages')).filter((p) => p.id !== HOME_ID).map((p) => ({ id: p.id, title: p.data.title, body: p.body ?? '' }));
    const models = new Map(await Promise.all(CHARTS.map(async (c) => [c.id, await chartModel(c)] as const)));
    return { data, pages, models };
  })());
}

/** Every figure record as [collection, id]. */
export function allFigures(data: ContentData): { collection: FigureCollection; id: string }[] {
  return FIGURE_COLLECTIONS.flatMap((collection) => data[collection].map((r) => ({ collection, id: r.id })));
}

export function chartsUsing(index: FigureIndex, id: string) {
  return CHARTS.filter((c) => modelUsesRecord(index.models.get(c.id), id));
}

/** Route parameters of every claim: its page, its embed and its social card. */
export async function claimPaths() {
  return (await figureIndex()).data.claims.map((c) => ({ params: { id: c.id } }));
}

/** Route parameters of every figure that is not a claim (claims have routes of their own). */
export async function otherFigurePaths() {
  return allFigures((await figureIndex()).data).filter((f) => f.collection !== 'claims').map((f) => ({ params: { collection: f.collection, id: f.id } }));
}

/** One record's view as its page, embed and card show it, with the index and the site's information date. */
export async function loadFigureView(collection: FigureCollection, id: string, site: URL | string) {
  const index = await figureIndex();
  const asOf = await siteInformationDate();
  return { index, asOf, view: figureView(collection, id, index.data, index.pages, site, asOf) };
}
