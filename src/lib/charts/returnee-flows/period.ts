/** Periods of returnee figures, written the way a newspaper would and placed on a day axis. */
import { formatDate } from '../../data/asOf.ts';

const DAY = 86_400_000;

/** Milliseconds since 1970 at the start of a YYYY-MM-DD day (UTC). */
export const dayMs = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

/** The instant a period ends: the end of its last day, so a one-day period has a width. */
export const endMs = (iso: string) => dayMs(iso) + DAY;

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dayOf = (iso: string) => +iso.slice(8, 10);
const monthOf = (iso: string) => +iso.slice(5, 7);
const yearOf = (iso: string) => +iso.slice(0, 4);

/** "in 2025", "in April 2025", "19–25 October 2025", "1 June – 5 July 2025", "15 September 2023 – 1 November 2025". */
export function formatPeriod(start: string, end: string): string {
  const [ys, ye] = [yearOf(start), yearOf(end)];
  if (start.endsWith('-01-01') && end.endsWith('-12-31') && ys === ye) return `in ${ys}`;
  if (ys === ye && monthOf(start) === monthOf(end) && dayOf(start) === 1 && dayOf(end) === lastDayOfMonth(ye, monthOf(end))) {
    return `in ${formatDate(start.slice(0, 7))}`;
  }
  if (start === end) return `on ${formatDate(start)}`;
  const [s, e] = [formatDate(start), formatDate(end)];
  if (ys !== ye) return `${s} – ${e}`;
  if (monthOf(start) !== monthOf(end)) return `${s.replace(` ${ys}`, '')} – ${e}`;
  return `${dayOf(start)}–${e}`;
}

/** The same period as a phrase after a figure: "in 2025", "between 1 June and 5 July 2025". */
export function periodPhrase(start: string, end: string): string {
  const p = formatPeriod(start, end);
  if (p.startsWith('in ') || p.startsWith('on ')) return p;
  const [ys, ye] = [yearOf(start), yearOf(end)];
  const e = formatDate(end);
  const s = ys !== ye ? formatDate(start) : monthOf(start) !== monthOf(end) ? formatDate(start).replace(` ${ys}`, '') : String(dayOf(start));
  return `between ${s} and ${e}`;
}
