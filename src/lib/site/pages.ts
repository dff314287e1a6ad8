/** The explainer pages in reading order, and what a page needs before its MDX renders. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationsIn } from '../content/citations.ts';
import { figureNotes, type FigureNote } from '../data/figureNotes.ts';
import { chartData } from '../charts/contentData.ts';

export type PageEntry = CollectionEntry<'pages'>;
export const HOME_ID = 'home';

/** Explainer pages (not the home page's intro) in reading order. */
export async function explainerPages(): Promise<PageEntry[]> {
  const pages = await getCollection('pages');
  return pages.filter((p) => p.id !== HOME_ID).sort((a, b) => a.data.order - b.data.order);
}

export const pageUrl = (p: PageEntry) => `/${p.id}/`;
export const updatedOn = (p: PageEntry) => p.data.changes.at(-1)!.date;

/** Numbers the page's figure citations; the notes go in `Astro.locals` before the MDX renders. */
export async function notesFor(page: PageEntry): Promise<Map<string, FigureNote>> {
  const { citations, malformed } = citationsIn(page.body ?? '');
  if (malformed.length) throw new Error(`${page.filePath}:${malformed[0].line}: ${malformed[0].message}`);
  return figureNotes(citations, await chartData());
}
