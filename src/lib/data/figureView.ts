/** The view model of one figure's page and card: labels, facts, chain, uses and citations. */
import type { ContentData } from '../charts/types.ts';
import type { FigureNote } from './figureNotes.ts';
import { STATUS_TEXT } from './figureNotes.ts';
import { formatDate } from './asOf.ts';
import { SOURCE_KIND_LABELS } from './sourceList.ts';
import { figureCiteBibtex, figureCitePlain, figureEmbedCode, figurePath, noteFor, pageUses, revisionChain, sameCount, type FigureCollection, type PageUse } from './figurePages.ts';

export const COLLECTION_LABEL: Record<FigureCollection, string> = {
  claims: 'Casualty or damage claim',
  forces: 'Force estimate',
  returnees: 'Returnee figure',
  militancy: 'Militancy deaths',
  figures: 'Sourced figure',
};

export interface Linked { id: string; path: string; note: FigureNote; current: boolean }
export interface FigureView {
  collection: FigureCollection;
  id: string;
  path: string;
  note: FigureNote;
  kindLabel: string;
  /** "Pakistan's military: at least 274 killed: Afghan forces…" */
  title: string;
  facts: [string, string][];
  sourceKind: string;
  speaker?: string;
  claimant: string;
  /** claims only: claimed, disputed, corroborated, unverifiable, documented */
  status?: string;
  chain: Linked[];
  sameCount: Linked[];
  pages: PageUse[];
  citePlain: string;
  citeBibtex: string;
  embedCode: string;
  notes?: string;
}

const words = (s: string) => s.replace(/-/g, ' ');

export function figureView(collection: FigureCollection, id: string, data: ContentData, pages: { id: string; title: string; body: string }[], site: URL | string, asOf: string): FigureView {
  const note = noteFor(collection, id, data);
  const rec = (data[collection] as unknown as Record<string, unknown>[]).find((r) => r.id === id)!;
  const source = data.sources.find((s) => s.id === note.source.id)!;
  const actorName = (aid: string) => data.actors.find((a) => a.id === aid)?.name ?? aid;
  const link = (cid: string): Linked => ({ id: cid, path: figurePath(collection, cid), note: noteFor(collection, cid, data), current: cid === id });
  const by = (rec.claimant ?? rec.estimatedBy ?? rec.publisher) as { id: string };
  const facts: [string, string][] = [['Value, as the source qualified it', note.valueText], ['Who states it', actorName(by.id)]];
  if (rec.speaker) facts.push(['Speaker', rec.speaker as string]);
  facts.push(['What it counts', note.what]);
  if (note.when) facts.push(['When', note.when]);
  if (collection === 'claims') {
    const ep = data.events.find((e) => e.id === (rec.episode as { id: string }).id);
    const side = words(rec.side as string);
    facts.push(['Whose losses', `${side[0].toUpperCase()}${side.slice(1)}: ${words(rec.group as string)}`]);
    if (ep) facts.push(['Episode', ep.title]);
    const st = STATUS_TEXT[rec.status as string];
    facts.push(['Status', `${st[0].toUpperCase()}${st.slice(1)} (${rec.status as string})`]);
  }
  if (collection === 'militancy') facts.push(['Definition', rec.definition as string], ['Edition', rec.edition as string]);
  if (collection === 'returnees') facts.push(['Series', words(rec.series as string)]);
  const url = new URL(figurePath(collection, id), site).href;
  return {
    collection,
    id,
    path: figurePath(collection, id),
    note,
    kindLabel: COLLECTION_LABEL[collection],
    title: `${note.attribution}: ${note.valueText}, ${note.what}`,
    facts,
    sourceKind: SOURCE_KIND_LABELS[source.kind],
    speaker: rec.speaker as string | undefined,
    claimant: actorName(by.id),
    status: rec.status as string | undefined,
    chain: revisionChain(collection, id, data).map(link),
    sameCount: collection === 'claims' ? sameCount(id, data).map(link) : [],
    pages: pageUses(collection, id, pages),
    citePlain: figureCitePlain(note, url, asOf),
    citeBibtex: figureCiteBibtex(note, url, asOf),
    embedCode: figureEmbedCode(collection, id, note, site),
    notes: rec.notes as string | undefined,
  };
}

export const sourceLine = (n: FigureNote) => `${n.source.publisher}, “${n.source.title}”, ${formatDate(n.source.date)}`;
