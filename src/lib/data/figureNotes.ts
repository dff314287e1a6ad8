/**
 * What a reader sees about a figure cited in prose: its value as the source qualified it, who
 * states it, what it counts, when, the verbatim quote and the source. One note per record; the
 * same text feeds the inline figure, its tooltip and the numbered endnote.
 */
import type { ContentData } from '../charts/types.ts';
import type { Citation, FigureCollection } from '../content/citations.ts';
import { countWord, formatDate } from './asOf.ts';
import { formatQuantity } from './quantity.ts';
import { SOURCE_TIER_LABELS, tierOf } from './sourceList.ts';

export interface FigureNote {
  key: string;
  number: number;
  collection: FigureCollection;
  id: string;
  /** "at least 274" */
  valueText: string;
  /** Short name of whoever states or estimates the figure. */
  attribution: string;
  /** Every name the attributed actor goes by, for the check that prose names it. */
  attributionNames: string[];
  /** What the figure counts, in words. */
  what: string;
  /** When it was stated or what it covers, in words. */
  when: string;
  /** Verification status in words (claims only). */
  status?: string;
  quote: string;
  quoteTranslation?: string;
  source: { id: string; publisher: string; title: string; date: string; url?: string; tier: string };
}

export const STATUS_TEXT: Record<string, string> = {
  claimed: 'claim by a party to the fighting, not independently verified',
  disputed: 'disputed by the other side',
  corroborated: 'corroborated by an independent source',
  unverifiable: 'cannot be verified (anonymous or single source)',
  documented: 'documented by an independent monitor using its own method',
};

const words = (s: string) => s.replace(/-/g, ' ');

/** What a claim counts, as a reader would say it after the subject ("… killed", "… captured"). */
const COUNTED_TEXT: Record<string, string> = {
  killed: 'killed', wounded: 'wounded', casualties: 'killed or wounded', captured: 'captured', missing: 'missing',
  'bodies-held': 'bodies held', displaced: 'forced from their homes', 'displaced-households': 'families forced from their homes',
  'posts-destroyed': 'destroyed', 'posts-captured': 'captured', 'bases-destroyed': 'destroyed', 'headquarters-destroyed': 'destroyed',
  'depots-destroyed': 'destroyed', 'installations-destroyed': 'destroyed', 'vehicles-destroyed': 'destroyed',
  'aircraft-downed': 'shot down', 'locations-struck': 'counted', 'sites-struck': 'struck', 'targets-hit': 'hit', 'drones-intercepted': 'intercepted',
};

/** What a militancy figure counts, in plain words. */
const MEASURE_TEXT: Record<string, string> = {
  'all-violence-deaths': 'deaths in Pakistan from militant attacks and security operations together',
  'attack-deaths': 'deaths in militant attacks in Pakistan, security operations excluded',
  'security-personnel-killed': 'security personnel killed in Pakistan',
  'civilians-killed': 'civilians killed in militant violence in Pakistan',
  'militants-killed': 'militants killed in Pakistan',
  attacks: 'militant attacks in Pakistan',
  'regional-violence-deaths': 'deaths from militant violence in one province',
  'year-on-year-change-percent': 'change on the year before, per cent',
};
const period = (p: { start: string; end?: string }) => (p.end && p.end !== p.start ? `${formatDate(p.start)} to ${formatDate(p.end)}` : formatDate(p.start));
const ORIGIN: Record<string, string> = { PK: 'from Pakistan', IR: 'from Iran', 'PK+IR': 'from Pakistan and Iran' };

type Ref = { id: string };
type Quoted = { id: string; value: number | [number, number]; qualifier: string; quote: string; quoteTranslation?: string; source: Ref };

function describe(collection: FigureCollection, r: Record<string, unknown>, actorName: (id: string) => string): { by: string; what: string; when: string; status?: string } {
  switch (collection) {
    case 'claims':
      return { by: (r.claimant as Ref).id, what: `${r.subject as string}, ${COUNTED_TEXT[r.counted as string] ?? words(r.counted as string)}${r.incident ? ` (${r.incident as string})` : ''}`, when: `stated ${formatDate(r.asserted as string)}, covering ${period(r.period as { start: string; end?: string })}`, status: STATUS_TEXT[r.status as string] };
    case 'forces':
      return { by: (r.estimatedBy as Ref).id, what: `${words(r.category as string)}, ${actorName((r.actor as Ref).id)}`, when: `estimate for ${r.asOf as number}` };
    case 'returnees':
      return { by: (r.publisher as Ref).id, what: `${words(r.measure as string)} ${ORIGIN[r.origin as string]} (${words(r.series as string)} series)`, when: period(r.period as { start: string; end?: string }) };
    case 'militancy':
      return { by: (r.publisher as Ref).id, what: MEASURE_TEXT[r.measure as string] ?? words(r.measure as string), when: r.through ? `${r.year as number}, up to ${formatDate(r.through as string)}` : String(r.year as number) };
    case 'figures':
      return { by: (r.claimant as Ref).id, what: `${r.label as string} (${r.unit as string})`, when: r.period ? period(r.period as { start: string; end?: string }) : '' };
  }
}

/** House style in prose: whole numbers below 10 in words ("two soldiers", "at least three"). */
export function proseQuantity(value: number | [number, number], qualifier: string, wording?: string): string {
  const text = formatQuantity(value, qualifier as never, wording);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10 ? text.replace(/\d+$/, countWord(value)) : text;
}

/** Notes for a page's citations, numbered in order of first use. Throws on an unknown record. */
/** Records by id, once per content (every claim and figure page asks for its note). */
const lookups = new WeakMap<ContentData, { actors: Map<string, ContentData['actors'][number]>; sources: Map<string, ContentData['sources'][number]>; records: Map<string, Map<string, Quoted>> }>();
function lookup(data: ContentData) {
  let l = lookups.get(data);
  if (!l) lookups.set(data, (l = { actors: new Map(data.actors.map((a) => [a.id, a])), sources: new Map(data.sources.map((s) => [s.id, s])), records: new Map() }));
  return l;
}

export function figureNotes(citations: Citation[], data: ContentData): Map<string, FigureNote> {
  const { actors, sources, records } = lookup(data);
  const actorName = (id: string) => actors.get(id)?.shortName ?? id;
  const notes = new Map<string, FigureNote>();
  for (const c of citations) {
    if (notes.has(c.key)) continue;
    if (!records.has(c.collection)) records.set(c.collection, new Map((data[c.collection] as unknown as Quoted[]).map((r) => [r.id, r])));
    const record = records.get(c.collection)!.get(c.id);
    if (!record) throw new Error(`page cites ${c.collection} "${c.id}" (line ${c.line}), which does not exist`);
    const d = describe(c.collection, record as unknown as Record<string, unknown>, actorName);
    const actor = actors.get(d.by);
    const source = sources.get(record.source.id)!;
    notes.set(c.key, {
      key: c.key,
      number: notes.size + 1,
      collection: c.collection,
      id: c.id,
      valueText: proseQuantity(record.value, record.qualifier, (record as { wording?: string }).wording),
      attribution: actorName(d.by),
      attributionNames: actor ? [actor.name, actor.shortName, ...actor.aliases] : [d.by],
      what: d.what,
      when: d.when,
      status: d.status,
      quote: record.quote,
      quoteTranslation: record.quoteTranslation,
      source: { id: source.id, publisher: source.publisher, title: source.title, date: source.date, url: source.url, tier: SOURCE_TIER_LABELS[tierOf(source as never)].label },
    });
  }
  return notes;
}
