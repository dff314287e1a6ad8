/** Every data collection, loaded through Astro's content layer and sorted by id. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { informationDate, knownDates } from './asOf.ts';

export async function loadCollection<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(name)) as CollectionEntry<C>[];
  return [...entries].sort((a, b) => a.id.localeCompare(b.id));
}

export type AllCollections = { [K in CollectionName]: CollectionEntry<K>[] };

export async function loadAllCollections(): Promise<AllCollections> {
  const pairs = await Promise.all(COLLECTIONS.map(async (name) => [name, await loadCollection(name)] as const));
  return Object.fromEntries(pairs) as AllCollections;
}

export const COLLECTION_SUMMARIES: Record<CollectionName, string> = {
  sources: 'Every report, briefing and dataset a figure comes from.',
  actors: 'Governments, militaries, armed groups, mediators, UN agencies and monitors that state figures or take part.',
  places: 'Places named in events, with approximate coordinates.',
  events: 'Dated events with a neutral summary, the places and actors involved, and their sources.',
  claims: 'Casualty and damage figures as claims: who said it, about whose losses, when, with source and quote.',
  forces: 'Force sizes by category, with who estimated them and for which year.',
  returnees: 'Afghans returning from Pakistan and Iran, kept in separate series that are never summed.',
  militancy: 'Deaths from militant violence in Pakistan per year, by publisher, with each definition.',
  figures: 'Other sourced numbers the pages cite: the border’s length, appeals, trade losses.',
  glossary: 'Terms and abbreviations the pages use, with a short neutral definition.',
};

let informationDateOfBuild: Promise<string> | undefined;

/**
 * The date the site's information runs to, from every source and event (see asOf.ts). Every page
 * asks for it; a build reads the content once (pages × records otherwise), the dev server on each
 * request, since the content may have changed.
 */
export function siteInformationDate(): Promise<string> {
  const read = async () => informationDate(...knownDates(await loadAllCollections()));
  return import.meta.env.DEV ? read() : (informationDateOfBuild ??= read());
}
