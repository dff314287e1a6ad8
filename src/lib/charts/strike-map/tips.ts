/**
 * strike-map tooltips: for each place, what happened and when, the toll each claimant gave (one
 * figure per claim, never added up, qualifiers and status as recorded), then one source line.
 * Tolls come from the casualty claims whose research fact the event cites.
 */
import { formatDate } from '../../data/asOf.ts';
import { formatQuantity } from '../../data/quantity.ts';
import { sourcesOf } from '../sources.ts';
import type { ContentData } from '../types.ts';
import { MARK_LABELS, countryName, dateText, listText, type MarkKind, type SiteData } from './places.ts';

/** Tooltip text for a script-only enhancement; the chart is complete without it. */
export interface Tip { title: string; value: string; meta: string; source: string; aria: string }

type Event = ContentData['events'][number];
type Claim = ContentData['claims'][number];

/** Tolls listed in a tooltip before "and N more figures". */
export const MAX_TOLLS = 3;

/** The claims that give a figure for the event: those whose fact the event cites. */
export function claimsFor(e: Event, data: ContentData): Claim[] {
  return data.claims.filter((c) => c.fact && e.facts.includes(c.fact));
}

/** "Civilians in Barmal district, Paktika" -> "civilians": whose losses, without the where. */
const whose = (subject: string) => {
  const head = subject.split(/,| who | in | at | near | hurt | killed | where /)[0].trim();
  return /^[A-Z][a-z]/.test(head) && !/^(TTP|Pakistani|Afghan|Shia|Taliban)/.test(head) ? head[0].toLowerCase() + head.slice(1) : head;
};

/** "UNAMA (documented): at least 14 killed (civilians)". */
export function tollText(c: Claim, data: ContentData): string {
  const actor = data.actors.find((a) => a.id === c.claimant.id);
  const who = actor?.shortName ?? c.claimant.id;
  return `${who} (${c.status}): ${formatQuantity(c.value, c.qualifier, c.wording)} ${c.counted.replace(/-/g, ' ')} (${whose(c.subject)})`;
}

export function tipFor(site: SiteData, data: ContentData): Tip | undefined {
  const withEvents = site.places.filter((p) => p.events.length);
  if (!withEvents.length) return undefined;
  const events = [...new Map(withEvents.flatMap((p) => p.events).map((e) => [e.id, e])).values()].sort((a, b) => a.date.localeCompare(b.date));
  const sources = sourcesOf(data, events.flatMap((e) => e.sources.map((s) => s.id)));
  const country = listText([...new Set(site.places.map((p) => countryName(p.place.country)))]);
  const claims = [...new Map(events.flatMap((e) => claimsFor(e, data)).map((c) => [c.id, c])).values()];
  const tolls = claims.slice(0, MAX_TOLLS).map((c) => tollText(c, data));
  const more = claims.length - tolls.length;
  const toll = claims.length
    ? `Toll, as each claimant gave it: ${tolls.join('; ')}${more ? `; and ${more} more figure${more > 1 ? 's' : ''} in the casualty chart` : ''}`
    : 'The sources give no toll for this place.';
  return {
    title: `${site.label} (${country})`,
    // what happened and when, then the toll, then one source line (the rest are under "Sources and notes")
    value: events.map((e) => `${dateText(e)}: ${e.title}`).join('; '),
    meta: toll,
    source: `Source: ${sources[0].publisher} (${formatDate(sources[0].date)})${sources.length > 1 ? ` and ${sources.length - 1} more` : ''}`,
    aria: `${site.label}, ${country}: ${events.map((e) => `${MARK_LABELS[e.kind as MarkKind]}, ${dateText(e)}: ${e.title}`).join('; ')}. ${toll}${toll.endsWith('.') ? '' : '.'}`,
  };
}
