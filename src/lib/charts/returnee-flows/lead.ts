/**
 * The lead series and the number boxes. The lead is ONE consistent series per origin: the
 * running total from one start date in one published series (today UNHCR's and OCHA's count of
 * returns since 1 January 2025), chosen from the content as the series with figures for both
 * Pakistan and Iran and the most points. Every other figure is a number box labelled by what it
 * counts, or (short periods) in the table only. Nothing is summed.
 */
import type { Returnee } from './select.ts';

export type Origin = 'PK' | 'IR';
export const ORIGINS: Origin[] = ['PK', 'IR'];

export interface Lead {
  series: Returnee['series'];
  start: string;
  points: Record<Origin, Returnee[]>;
}

/** A record counts everyone from its start to its end date (a running total, or a whole-period total). */
const totalSince = (r: Returnee) => r.measure === 'returns' && Boolean(r.period.end);

export function leadSeries(records: Returnee[]): Lead | undefined {
  const groups = new Map<string, Returnee[]>();
  for (const r of records) {
    if (r.origin === 'PK+IR' || !totalSince(r)) continue;
    const k = `${r.series}|${r.period.start}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const best = [...groups.entries()]
    .filter(([, rs]) => ORIGINS.every((o) => rs.some((r) => r.origin === o)))
    .sort(([ka, a], [kb, b]) => b.length - a.length || kb.localeCompare(ka))[0];
  if (!best) return undefined;
  // every record of the group shares its series and start
  const { series, period: { start } } = best[1][0];
  const byEnd = (a: Returnee, b: Returnee) => a.period.end!.localeCompare(b.period.end!) || a.id.localeCompare(b.id);
  return {
    series,
    start,
    points: { PK: best[1].filter((r) => r.origin === 'PK').sort(byEnd), IR: best[1].filter((r) => r.origin === 'IR').sort(byEnd) },
  };
}

const days = (r: Returnee) => (Date.parse(r.period.end!) - Date.parse(r.period.start)) / 86_400_000;
/** Periods shorter than this (a week's or a month's count) are in the table only. */
export const BOX_MIN_DAYS = 60;

/**
 * One number box per publisher's count of one kind from one start date: its latest figure.
 * Short-period counts and the lead's own points are left to the table.
 */
export function boxRecords(records: Returnee[], lead: Lead | undefined): Returnee[] {
  const inLead = new Set(lead ? [...lead.points.PK, ...lead.points.IR].map((r) => r.id) : []);
  const latest = new Map<string, Returnee>();
  for (const r of records) {
    if (inLead.has(r.id) || days(r) < BOX_MIN_DAYS) continue;
    const k = [r.origin, r.series, r.measure, r.publisher.id, r.period.start].join('|');
    const held = latest.get(k);
    if (!held || r.period.end! > held.period.end!) latest.set(k, r);
  }
  const ORDER = ['PK', 'IR', 'PK+IR'];
  return [...latest.values()].sort((a, b) => ORDER.indexOf(a.origin) - ORDER.indexOf(b.origin)
    || a.period.start.localeCompare(b.period.start) || a.id.localeCompare(b.id));
}
