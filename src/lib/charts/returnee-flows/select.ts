/**
 * returnee-flows: which records are drawn, the lead series, milestones and what each series counts.
 * Pure: content records in, records out.
 */
import { formatDate } from '../../data/asOf.ts';
import type { ReturneeSeries } from '../../../schemas/returnees.ts';
import { actorName } from '../sources.ts';
import type { ContentData } from '../types.ts';
import { formatPeriod } from './period.ts';

type EventRecord = ContentData['events'][number];
export type Returnee = ContentData['returnees'][number];
type Series = (typeof ReturneeSeries)['options'][number];
export type Origin = Returnee['origin'];

/** First day a figure may start on to be drawn: the chart is about 2023–2026. */
export const RANGE_START = '2023-01-01';
/** What is drawn: counts of people coming back. Deportations (a part of returns), arrests, projections and populations are not. */
export const PLOTTED_MEASURES: readonly Returnee['measure'][] = ['returns', 'inflows'];

export const PANELS: { origin: Origin; heading: string; subheading?: string; country: string; hosts: string[] }[] = [
  { origin: 'PK', heading: 'From Pakistan', country: 'Pakistan', hosts: ['pakistan-government'] },
  { origin: 'IR', heading: 'From Iran', country: 'Iran', hosts: ['iran'] },
  {
    origin: 'PK+IR', heading: 'From Pakistan and Iran together',
    subheading: 'Reported as one figure; not the sum of the panels above', country: 'both countries',
    hosts: ['pakistan-government', 'iran'],
  },
];

/** What each series is called in the chart. */
export const SERIES_STYLE: Record<Series, { label: string; dash: string; marker: string }> = {
  'unhcr-returns': { label: 'UNHCR and OCHA: returns', dash: '', marker: 'circle' },
  'iom-undocumented-returns': { label: 'IOM: returns of undocumented Afghans', dash: '7 3', marker: 'triangle' },
  'iom-flow-monitoring': { label: 'IOM: border crossings into Afghanistan', dash: '2 3', marker: 'square' },
  'government-count': { label: 'Host government’s own count', dash: '10 3 2 3', marker: 'diamond' },
  ifrc: { label: 'IFRC: compiled figures', dash: '12 4', marker: 'ring' },
  'media-tally': { label: 'News reports: own totals', dash: '4 2 1 2', marker: 'cross' },
  'unhcr-projection': { label: 'UNHCR: projections', dash: '1 4', marker: 'ring' },
  'host-population': { label: 'Afghans living in the country', dash: '1 4', marker: 'square' },
};

/** What each series counts, for the notes under the chart. */
export const SERIES_METHOD: Partial<Record<Series, string>> = {
  'unhcr-returns': 'UNHCR and OCHA count people returning to Afghanistan, deportees included',
  'iom-undocumented-returns': 'IOM’s returnee counts cover Afghans without papers',
  'iom-flow-monitoring': 'IOM’s flow monitoring counts border crossings, so people who cross more than once are counted each time',
  'government-count': 'a government’s own count is the tally of a party to the policy it reports on',
  ifrc: 'the IFRC compiles figures from IOM and other partners without stating its definition, and its total for Iran is far above UNHCR’s',
  'media-tally': 'a news organisation’s own total is not attributed to any agency',
};

/** Measures that are not drawn, as the notes name them. */
export const MEASURE_NOT_SHOWN: [Returnee['measure'], string][] = [
  ['deportations', 'deportations'],
  ['forced-returns', 'forced returns'],
  ['assisted-returns', 'UNHCR-assisted returns'],
  ['outflows', 'departures'],
  ['arrests', 'arrests'],
  ['projected-returns', 'projections'],
  ['population', 'counts of Afghans living in Pakistan or Iran'],
];

export const andList = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
export const listText = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join('; ')}; and ${xs.at(-1)}`);

const PUBLISHER_IN_TEXT: Record<string, string> = { ifrc: 'the IFRC' };

export interface Milestone {
  n: number;
  id: string;
  date: string;
  dateText: string;
  title: string;
  /** Host governments involved (which panels the rule is drawn in). */
  hosts: string[];
}

export const magnitude = (r: Returnee) => (Array.isArray(r.value) ? r.value[1] : r.value);
export const actorText = (data: ContentData, id: string) => PUBLISHER_IN_TEXT[id] ?? actorName(data, id);

export interface Exclusion { id: string; reason: 'measure' | 'before-range' | 'undated' | 'duplicate' }

/**
 * The records drawn, and why each other one is not. A record repeating another's figure for the
 * same series, publisher and period (a second report of one number) is drawn once, from the
 * publisher's own document where there is one.
 */
export function selectRecords(data: ContentData): { plotted: Returnee[]; excluded: Exclusion[] } {
  const excluded: Exclusion[] = [];
  const sourcePublisher = new Map(data.sources.map((s) => [s.id, s.publisher]));
  const own = (r: Returnee) => (sourcePublisher.get(r.source.id) ?? '').startsWith(actorName(data, r.publisher.id)) ? 0 : 1;
  const candidates = data.returnees.filter((r) => {
    if (!PLOTTED_MEASURES.includes(r.measure)) return excluded.push({ id: r.id, reason: 'measure' }) && false;
    if (r.period.start < RANGE_START) return excluded.push({ id: r.id, reason: 'before-range' }) && false;
    if (!r.period.end) return excluded.push({ id: r.id, reason: 'undated' }) && false;
    return true;
  });
  const byKey = new Map<string, Returnee[]>();
  for (const r of candidates) {
    const key = [r.origin, r.series, r.measure, r.publisher.id, r.period.start, r.period.end, JSON.stringify(r.value), r.qualifier].join('|');
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const plotted: Returnee[] = [];
  for (const group of byKey.values()) {
    const [keep, ...rest] = [...group].sort((a, b) => own(a) - own(b) || a.id.localeCompare(b.id));
    plotted.push(keep);
    for (const r of rest) excluded.push({ id: r.id, reason: 'duplicate' });
  }
  const order = (o: Origin) => PANELS.findIndex((p) => p.origin === o);
  plotted.sort((a, b) => order(a.origin) - order(b.origin) || a.period.end!.localeCompare(b.period.end!) || a.period.start.localeCompare(b.period.start) || a.id.localeCompare(b.id));
  return { plotted, excluded };
}

/** Policy events in the time range, numbered in date order; each names the governments involved. */
export function selectMilestones(data: ContentData, from: string, to: string): Milestone[] {
  const hostIds = new Set(PANELS.flatMap((p) => p.hosts));
  return data.events
    .filter((e: EventRecord) => e.kind === 'policy' && e.date >= from && e.date <= to && e.actors.some((a) => hostIds.has(a.id)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e, i) => ({
      n: i + 1,
      id: e.id,
      date: e.date,
      dateText: e.dateApproximate ? formatDate(e.date.slice(0, 7)) : e.endDate && e.endDate !== e.date ? formatPeriod(e.date, e.endDate) : formatDate(e.date),
      title: e.title,
      hosts: e.actors.map((a) => a.id).filter((a) => hostIds.has(a)),
    }));
}

