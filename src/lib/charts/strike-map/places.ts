/**
 * strike-map: which places are plotted, and what happened at each. Pure: content records in.
 *
 * Scope: events dated from 1 January 2026 of the kinds in MARK_KINDS, plus the border closure of
 * October 2025, which was still in force in 2026 (CARRIED_OVER). The October 2025 fighting is
 * not mapped: the chart is about the 2026 escalation.
 */
import { geoDistance } from 'd3-geo';
import { formatDate } from '../../data/asOf.ts';
import type { ContentData } from '../types.ts';
import { isOneOf } from '../oneOf.ts';

type Place = ContentData['places'][number];
type Event = ContentData['events'][number];

/** Events from this date on belong to the 2026 escalation. */
export const SCOPE_START = '2026-01-01';
/** Earlier events kept because what they started was still in force in 2026. */
export const CARRIED_OVER = ['2025-10-11-border-crossings-closed'];
/** The NPR figure that shows the closure of October 2025 lasted into 2026. */
export const CLOSURE_FIGURE = 'torkham-closure-duration-2026-01';
/** Kinds of event mapped, in legend order; each has its own shape. */
export const MARK_KINDS = ['air-strike', 'ground-clash', 'militant-attack', 'border'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];
export const MARK_LABELS: Record<MarkKind, string> = {
  'air-strike': 'Air strike or drone attack',
  'ground-clash': 'Ground clash',
  'militant-attack': 'Militant attack',
  border: 'Border crossing closed',
};
/** Places closer than this share one marker (a district beside its province's centre). */
export const MERGE_KM = 10;
export const EARTH_RADIUS_KM = 6371;
/** Countries whose cities are shown for orientation. */
export const HOME = ['AF', 'PK'];
const COUNTRY_NAMES: Record<string, string> = { AF: 'Afghanistan', PK: 'Pakistan', IR: 'Iran', QA: 'Qatar', TR: 'Turkey' };
/** Most specific first: a site is named and positioned after its most specific place. */
const SPECIFICITY = ['capital', 'city', 'town', 'border-crossing', 'district', 'valley', 'province', 'region'];
export const AREA_KINDS = ['province', 'district', 'valley', 'region'];

export const isMarkKind = (k: string): k is MarkKind => isOneOf(MARK_KINDS, k);
export const listText = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
export const r1 = (n: number) => Math.round(n * 10) / 10;
export const countryName = (code: string) => COUNTRY_NAMES[code] ?? code;

/** "21–22 February 2026", "27 February 2026". */
export function dateText(e: { date: string; endDate?: string }): string {
  if (!e.endDate || e.endDate === e.date) return formatDate(e.date);
  const [a, b] = [e.date.split('-'), e.endDate.split('-')];
  if (a[0] === b[0] && a[1] === b[1]) return `${Number(a[2])}–${formatDate(e.endDate)}`;
  return `${formatDate(e.date)} – ${formatDate(e.endDate)}`;
}

// ---------------------------------------------------------------------------------------------
// Which places are plotted

export interface PlottedPlace {
  place: Place;
  /** In-scope events naming the place, by date. */
  events: Event[];
  /** Distinct kinds of those events, in legend order; empty for a city shown for orientation. */
  kinds: MarkKind[];
  reference: boolean;
}

export function inScope(e: Event): boolean {
  return CARRIED_OVER.includes(e.id) || (e.date >= SCOPE_START && isMarkKind(e.kind));
}

/** The events in scope, the places they name, and the capitals and cities added for orientation. */
export function selectPlaces(data: ContentData): { plotted: PlottedPlace[]; events: Event[]; unlocated: Event[] } {
  const events = data.events.filter(inScope).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const byPlace = new Map<string, Event[]>();
  for (const e of events) for (const p of e.places) byPlace.set(p.id, [...(byPlace.get(p.id) ?? []), e]);
  const places = new Map(data.places.map((p) => [p.id, p]));
  const plotted: PlottedPlace[] = [...byPlace].map(([id, evs]) => {
    const place = places.get(id);
    if (!place) throw new Error(`strike-map: event place "${id}" is not in the places collection`);
    return { place, events: evs, kinds: MARK_KINDS.filter((k) => evs.some((e) => e.kind === k)), reference: false };
  });
  const references = data.places
    .filter((p) => !byPlace.has(p.id) && HOME.includes(p.country) && (p.kind === 'capital' || p.kind === 'city'))
    .map((place) => ({ place, events: [], kinds: [], reference: true }));
  const firstDate = (p: PlottedPlace) => p.events[0]?.date ?? '9999';
  return {
    plotted: [...plotted, ...references].sort((a, b) => Number(a.reference) - Number(b.reference) || firstDate(a).localeCompare(firstDate(b)) || a.place.name.localeCompare(b.place.name)),
    events,
    unlocated: events.filter((e) => e.places.length === 0),
  };
}

export interface SiteData {
  id: string;
  label: string;
  places: PlottedPlace[];
  lon: number;
  lat: number;
  kinds: MarkKind[];
  capital: boolean;
  /** Named after a province (a province-wide event, marked at its capital): the name is set in italics. */
  province: boolean;
  reference: boolean;
}

/** Places closer than MERGE_KM share a site, named and positioned after its most specific place. */
export function groupSites(plotted: PlottedPlace[]): SiteData[] {
  const rank = (p: PlottedPlace) => SPECIFICITY.indexOf(p.place.kind);
  const ordered = [...plotted].sort((a, b) => rank(a) - rank(b) || a.place.id.localeCompare(b.place.id));
  const groups: PlottedPlace[][] = [];
  for (const p of ordered) {
    const near = groups.find((g) => geoDistance([g[0].place.lon, g[0].place.lat], [p.place.lon, p.place.lat]) * EARTH_RADIUS_KM < MERGE_KM);
    if (near) near.push(p);
    else groups.push([p]);
  }
  return groups.map((g) => {
    const names = g.map((p) => p.place.name).filter((n, i, all) => !all.slice(0, i).some((m) => n.startsWith(m)));
    const kinds = MARK_KINDS.filter((k) => g.some((p) => p.kinds.includes(k)));
    return {
      id: g[0].place.id,
      label: names.map((n, i) => (i === 0 && g[0].place.kind === 'province' ? n.replace(/ province$/, '') : n)).join(', '),
      places: g,
      lon: g[0].place.lon,
      lat: g[0].place.lat,
      kinds,
      capital: g.some((p) => p.place.kind === 'capital'),
      province: g[0].place.kind === 'province',
      reference: g.every((p) => p.reference),
    };
  });
}

/** Label priority: capitals, then places with events (most events first), then orientation cities. */
export function byPriority(a: SiteData, b: SiteData): number {
  const n = (s: SiteData) => s.places.reduce((sum, p) => sum + p.events.length, 0);
  return Number(b.capital) - Number(a.capital) || Number(a.reference) - Number(b.reference) || n(b) - n(a) || a.id.localeCompare(b.id);
}

