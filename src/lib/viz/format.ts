/** Numbers and dates as chart text: d3-format for numbers, house style for dates. */
import { format } from 'd3-format';
import { formatDate } from '../data/asOf.ts';
export { formatQuantity, formatNumber } from '../data/quantity.ts';

const thousands = format(',');
/** 1234567 → "1,234,567". */
export const fmtInt = (n: number) => thousands(Math.round(n));

/** Axis ticks: 1,500,000 → "1.5m", 250,000 → "250k", 900 → "900". */
export function fmtTick(n: number): string {
  if (n === 0) return '0';
  if (Math.abs(n) >= 1e6) return `${format('~r')(+(n / 1e6).toPrecision(3))}m`;
  if (Math.abs(n) >= 1e4) return `${format('~r')(+(n / 1e3).toPrecision(3))}k`;
  return thousands(n);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "27 Feb" (chart text; tables and tooltips give dates in full). */
export const shortDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
/** "Feb 2026". */
export const monthYear = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
/** "27 Feb", "21–22 Feb", "26 Feb–8 Mar". */
export function shortPeriod(p: { start: string; end?: string }): string {
  if (!p.end || p.end === p.start) return shortDate(p.start);
  if (p.start.slice(0, 7) === p.end.slice(0, 7)) return `${Number(p.start.slice(8, 10))}–${shortDate(p.end)}`;
  return `${shortDate(p.start)}–${shortDate(p.end)}`;
}
/** "27 February 2026", "21–22 February 2026", "26 February to 8 March 2026". */
export function longPeriod(p: { start: string; end?: string }): string {
  if (!p.end || p.end === p.start) return formatDate(p.start);
  const [a, b] = [formatDate(p.start), formatDate(p.end)];
  if (p.start.slice(0, 7) === p.end.slice(0, 7)) return `${Number(p.start.slice(8, 10))}–${b}`;
  if (p.start.slice(0, 4) === p.end.slice(0, 4)) return `${a.replace(/ \d{4}$/, '')} to ${b}`;
  return `${a} to ${b}`;
}
export { formatDate };

const MONTH_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/**
 * A period in chart text, short month names: "2024", "Oct–Dec 2024", "Aug 2025",
 * "1 Jan – 5 Jul 2025", "15 Sep 2023 – 1 Nov 2025".
 */
export function periodText(start: string, end: string): string {
  const [ys, ye] = [start.slice(0, 4), end.slice(0, 4)];
  const lastDay = (iso: string) => new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7), 0)).getUTCDate() === +iso.slice(8, 10);
  const wholeMonths = start.endsWith('-01') && lastDay(end);
  if (wholeMonths && ys === ye && start.slice(5, 7) === '01' && end.slice(5, 7) === '12') return ys;
  if (wholeMonths && ys === ye) {
    return start.slice(5, 7) === end.slice(5, 7) ? `${MONTH_LONG[+end.slice(5, 7) - 1]} ${ye}` : `${monthYear(start).slice(0, 3)}–${monthYear(end)}`;
  }
  if (start === end) return `${shortDate(start)} ${ys}`;
  return ys === ye ? `${shortDate(start)} – ${shortDate(end)} ${ye}` : `${shortDate(start)} ${ys} – ${shortDate(end)} ${ye}`;
}
