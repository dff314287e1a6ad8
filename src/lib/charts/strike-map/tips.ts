/**
 * strike-map tooltips: for each place, what happened and when, the toll each claimant gave (one
 * figure per claim, never added up, qualifiers and status as recorded), then one source line.
 * Tolls come from the casualty claims whose research fact the event cites.
 */
import { formatDate } from '../../data/asOf.ts';
import { formatQuantity } from '../../data/quantity.ts';
import { sourcesOf } from '../sources.ts';
import type { ContentData } from '../types.ts';
import { MARK_LABELS, countryName, dateText, listText, type SiteData } from './places.ts';

/** Tooltip text for a script-only enhancement; the chart is complete without it. */
export interface Tip { title: string; value: string; meta: string; source: string; aria: string }

type Event = ContentData['events'][number];
type Claim = ContentData['claims'][number];

/** Figures listed in a tooltip before "N more figures". */
export const MAX_TOLLS = 3;

/** The claims that give a figure for the event (those whose fact the event cites), in a fixed order. */
export function claimsFor(e: Event, data: ContentData): Claim[] {
  return data.claims
    .filter((c) => c.fact && e.facts.includes(c.fact))
    .sort((a, b) => a.asserted.localeCompare(b.asserted) || a.id.localeCompare(b.id));
}

/** "Civilians in Barmal district, Paktika" -> "civilians": whose losses, without the where. */
const whose = (subject: string) => {
  const head = subject.split(/,|\s(?:who|in|at|near|hurt|killed|where)\b/)[0].trim();
  return /^(TTP|Pakistani|Afghan|Shia|Taliban|IS-K)\b/.test(head) ? head : head[0].toLowerCase() + head.slice(1);
};

/** "at least 14 killed (civilians)": one claim's figure, as recorded. */
export const figureText = (c: Claim) => `${formatQuantity(c.value, c.qualifier, c.wording)} ${c.counted.replace(/-/g, ' ')} (${whose(c.subject)})`;

/**
 * "UNAMA (documented): at least 14 killed (civilians); Pakistan's military (claimed): ...": each
 * claimant's figures after its name, in the order recorded; nothing added up across claims.
 */
export function tollText(claims: Claim[], data: ContentData): string {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.claimant.id}|${c.status}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((cs) => {
    const actor = data.actors.find((a) => a.id === cs[0].claimant.id);
    return `${actor?.shortName ?? cs[0].claimant.id} (${cs[0].status}): ${cs.map(figureText).join(', ')}`;
  }).join('; ');
}

/** "27 Feb", "12–13 Mar": an event's date in a tooltip. */
const shortDate = (e: Event) => dateText(e).replace(/ \d{4}$/, '').replace(/(January|February|March|April|May|June|July|August|September|October|November|December)/g, (m) => m.slice(0, 3));

/** A publisher readers can look up comes first in the one source line. */
const named = (publisher: string) => !/^unidentified|not stated/i.test(publisher);

/** The toll line for a place's events (also the table's toll column). */
export function tollFor(events: Event[], siteIds: string[], data: ContentData): string {
  let budget = MAX_TOLLS;
  const parts: string[] = [];
  let more = 0;
  for (const e of events) {
    const cs = claimsFor(e, data);
    const take = cs.slice(0, Math.max(0, budget));
    more += cs.length - take.length;
    budget -= take.length;
    if (!take.length) continue;
    // an event that also names other places: its figures are for all of them
    const wider = e.places.some((p) => !siteIds.includes(p.id));
    const when = events.length > 1 || wider ? `${shortDate(e)}${wider ? ', whole event' : ''}: ` : '';
    parts.push(`${when}${tollText(take, data)}`);
  }
  return parts.length ? `${parts.join('; ')}${more ? `; ${more} more figure${more > 1 ? 's' : ''} in the casualty chart's table` : ''}` : '';
}

export function tipFor(site: SiteData, data: ContentData): Tip | undefined {
  const withEvents = site.places.filter((p) => p.events.length);
  if (!withEvents.length) return undefined;
  const events = [...new Map(withEvents.flatMap((p) => p.events).map((e) => [e.id, e])).values()].sort((a, b) => a.date.localeCompare(b.date));
  const country = listText([...new Set(site.places.map((p) => countryName(p.place.country)))]);
  const placeIds = site.places.map((p) => p.place.id);
  const tollLine = tollFor(events, placeIds, data);
  const toll = tollLine ? `Toll: ${tollLine}` : 'The sources give no toll for this place.';
  const shown = events.flatMap((e) => claimsFor(e, data)).slice(0, MAX_TOLLS);
  // the toll's sources first, then the events'; a named publisher before an unnamed one
  const all = sourcesOf(data, [...shown.map((c) => c.source.id), ...events.flatMap((e) => e.sources.map((x) => x.id))]);
  const sources = [...all.filter((x) => named(x.publisher)), ...all.filter((x) => !named(x.publisher))];
  return {
    title: `${site.label} (${country}${site.approximate ? '; location approximate' : ''})`,
    // what happened and when, then the toll, then one source line (the rest are under "Sources and notes")
    value: events.map((e) => `${dateText(e)}: ${e.title}`).join('; '),
    meta: toll,
    source: `Source: ${sources[0].publisher} (${formatDate(sources[0].date)})${sources.length > 1 ? ` and ${sources.length - 1} more` : ''}`,
    // short: on focus the tooltip describes the mark (aria-describedby), and the table has it all
    aria: `${site.label}, ${country}${site.approximate ? ' (location approximate)' : ''}: ${listText(site.kinds.map((k) => MARK_LABELS[k].toLowerCase()))}, ${listText(events.map(shortDate))}`,
  };
}
