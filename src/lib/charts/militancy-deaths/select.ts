/**
 * Which militancy records the chart draws and how they group: one series per publisher and
 * measure, never merged; a figure a publisher later revised is kept, marked as superseded; a
 * figure for part of a year is kept apart from the full-year series; a series' line breaks where
 * the publisher's definition changes or a year is missing.
 */
import type { ContentData } from '../types.ts';
import { isOneOf } from '../oneOf.ts';

export type Rec = ContentData['militancy'][number];
export type Measure = Rec['measure'];

/** Measures drawn year by year, one panel each, in this order. */
export const TIME_MEASURES = ['all-violence-deaths', 'attack-deaths'] as const satisfies readonly Measure[];
/**
 * Measures whose figures are listed per publisher (number boxes, boxes.ts), not plotted: single
 * years from publishers that each count differently, which a time axis would present as a series.
 */
export const LISTED_MEASURES: readonly Measure[] = ['attack-deaths'];
/** Counts of one group of victims: not drawn (the notes say so). */
export const COMPONENT_MEASURES = ['militants-killed', 'security-personnel-killed', 'civilians-killed'] as const satisfies readonly Measure[];

/** What each measure counts, in a few plain words (the records' `definition` has the publisher's full wording). */
export const MEASURE_PHRASES: Record<string, string> = {
  'all-violence-deaths': 'deaths in militant attacks and security operations, militants included',
  'attack-deaths': 'deaths in militant attacks only',
  'militants-killed': 'militants',
  'security-personnel-killed': 'security personnel',
  'civilians-killed': 'civilians',
};

/** Panel headings of the year-by-year panels. */
export const PANEL_TITLES: Record<(typeof TIME_MEASURES)[number], string> = {
  'all-violence-deaths': 'Deaths in militant attacks and security operations',
  'attack-deaths': 'Deaths in militant attacks only',
};

/** How a publisher is named where its actor's short name would mislead (the US government did not count; its State Department did). */
const PUBLISHER_NAMES: Record<string, string> = { 'united-states': 'US State Department' };

/** The actor that stands for "a news organisation's own tally", named by the source's publisher instead. */
export const NEWS_MEDIA = 'news-media';

export type State = 'current' | 'superseded' | 'partial';

export interface Classified {
  rec: Rec;
  /** `publisher|measure`, or `news-media:<outlet>|measure` for a news organisation's own figure. */
  series: string;
  publisherKey: string;
  name: string;
  state: State;
  /** The record that replaces this one, when superseded. */
  revisedBy?: Rec;
}

export function publisherKey(rec: Rec, data: ContentData): string {
  const p = rec.publisher.id;
  if (p !== NEWS_MEDIA) return p;
  const outlet = data.sources.find((s) => s.id === rec.source.id)?.publisher ?? 'unknown';
  return `${NEWS_MEDIA}:${outlet}`;
}

export function publisherName(rec: Rec, data: ContentData): string {
  const p = rec.publisher.id;
  if (p === NEWS_MEDIA) return data.sources.find((s) => s.id === rec.source.id)?.publisher ?? 'A news report';
  if (PUBLISHER_NAMES[p]) return PUBLISHER_NAMES[p];
  const a = data.actors.find((x) => x.id === p);
  if (!a) throw new Error(`militancy record cites actor "${p}", which is not in the actors collection`);
  return a.shortName;
}

/** The news agency or outlet an edition was relayed through ("... as reported by AP" → "AP"). */
export const reportedBy = (rec: Rec) => rec.edition?.match(/as reported by (.+)$/)?.[1];

export function classify(recs: Rec[], data: ContentData): Classified[] {
  const byId = new Map(recs.map((r) => [r.id, r]));
  return recs.map((rec) => {
    const revisedBy = rec.revisedBy ? byId.get(rec.revisedBy.id) : undefined;
    const state: State = revisedBy ? 'superseded' : rec.through ? 'partial' : 'current';
    const pk = publisherKey(rec, data);
    return { rec, series: `${pk}|${rec.measure}`, publisherKey: pk, name: publisherName(rec, data), state, revisedBy };
  });
}

/**
 * Records drawn: every death count of the year-by-year measures. Counts of one group of victims
 * (militants, security personnel, civilians) answer another question and stay in the data and
 * the notes.
 */
export function selectRecords(data: ContentData): { time: Classified[]; latestYear: number } {
  // by id, so nothing drawn depends on the order the content loader happens to return
  const all = classify([...data.militancy].sort((a, b) => a.id.localeCompare(b.id)), data);
  const time = all.filter((c) => isOneOf(TIME_MEASURES, c.rec.measure));
  const latestYear = Math.max(...time.map((c) => c.rec.year));
  return { time, latestYear };
}

/** Full-year figures that stand (not revised, not part-year) of one series, oldest first. */
export const standing = (cs: Classified[]) =>
  cs.filter((c) => c.state === 'current').sort((a, b) => a.rec.year - b.rec.year);

/**
 * Runs of a series to join with a line: consecutive years with the same definition. A series
 * with two standing figures for one year (two outlets' reports of one publisher) is not joined.
 */
export function segments(cs: Classified[]): Classified[][] {
  const pts = standing(cs);
  const runs: Classified[][] = [];
  for (const p of pts) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && p.rec.year === last.rec.year + 1 && p.rec.definition === last.rec.definition) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

/** Where a series' definition changes between two standing figures: the years either side. */
export function definitionBreaks(cs: Classified[]): { before: Classified; after: Classified }[] {
  const pts = standing(cs);
  const out: { before: Classified; after: Classified }[] = [];
  for (let i = 1; i < pts.length; i++) {
    if (pts[i].rec.definition !== pts[i - 1].rec.definition) out.push({ before: pts[i - 1], after: pts[i] });
  }
  return out;
}

/** Periods of one definition in a series: its years and the publisher's wording. */
export function definitionPeriods(cs: Classified[]): { from: number; to: number; definition: string }[] {
  const out: { from: number; to: number; definition: string }[] = [];
  for (const p of standing(cs)) {
    const last = out.at(-1);
    if (last && last.definition === p.rec.definition) last.to = p.rec.year;
    else out.push({ from: p.rec.year, to: p.rec.year, definition: p.rec.definition });
  }
  return out;
}

/** The figure a record stands for on the scale: the top of a range. */
export const magnitude = (c: Classified) => (Array.isArray(c.rec.value) ? c.rec.value[1] : c.rec.value);

/** Publishers in key order: the most records first, a news organisation's own figures last. */
export function publisherOrder(cs: Classified[]): string[] {
  const count = new Map<string, number>();
  for (const c of cs) count.set(c.publisherKey, (count.get(c.publisherKey) ?? 0) + 1);
  return [...count.keys()].sort((a, b) =>
    Number(a.startsWith(NEWS_MEDIA)) - Number(b.startsWith(NEWS_MEDIA)) || count.get(b)! - count.get(a)! || a.localeCompare(b));
}

/**
 * The hero series, drawn in colour (every other series is grey): the longest run of standing
 * full-year figures of the first measure, that is the one series a reader can follow year by
 * year. A news organisation's own tally is never the hero (it names no source). Ties go to the
 * publisher first in key order.
 */
export function heroSeries(time: Classified[]): { series: string; name: string; from: number; to: number; years: number } | undefined {
  const bySeries = new Map<string, Classified[]>();
  for (const c of time) {
    if (c.rec.measure !== TIME_MEASURES[0] || c.publisherKey.startsWith(NEWS_MEDIA)) continue;
    const list = bySeries.get(c.series);
    if (list) list.push(c); else bySeries.set(c.series, [c]);
  }
  const order = publisherOrder(time);
  const ranked = [...bySeries.values()].map((cs) => ({ cs, pts: standing(cs) })).filter((s) => s.pts.length > 1)
    .sort((a, b) => b.pts.length - a.pts.length || order.indexOf(a.cs[0].publisherKey) - order.indexOf(b.cs[0].publisherKey));
  const top = ranked[0];
  if (!top) return undefined;
  return { series: top.cs[0].series, name: top.cs[0].name, from: top.pts[0].rec.year, to: top.pts.at(-1)!.rec.year, years: top.pts.length };
}
