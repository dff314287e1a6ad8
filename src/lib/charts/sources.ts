import type { ContentData, SourceRef } from './types.ts';
import { formatDate } from '../data/asOf.ts';

/** The sources of the given records, once each, in order of first use. */
export function sourcesOf(data: ContentData, ids: string[]): SourceRef[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  return [...new Set(ids)].map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`chart cites source "${id}", which is not in the sources collection`);
    return { id: s.id, title: s.title, publisher: s.publisher, date: s.date, url: s.url };
  });
}

export function actorName(data: ContentData, id: string): string {
  const a = data.actors.find((x) => x.id === id);
  if (!a) throw new Error(`chart cites actor "${id}", which is not in the actors collection`);
  return a.shortName;
}

/** "Reuters, 27 February 2026": a source as tooltips name it. */
export function sourceLabel(data: ContentData, id: string): string {
  const [s] = sourcesOf(data, [id]);
  return `${s.publisher}, ${formatDate(s.date)}`;
}

/** The source line under a chart: "Source: IISS, SIPRI" (the originators, else the publishers). */
export function sourceLine(model: { originators?: string[]; sources: SourceRef[] }): string {
  const names = model.originators?.length ? model.originators : [...new Set(model.sources.map((s) => s.publisher))];
  return `${names.length > 1 ? 'Sources' : 'Source'}: ${names.join(', ')}`;
}
