/**
 * The date the site's information runs to: the newest full date among the sources and the events
 * they report (an undated source can report a dated event).
 */
export function informationDate(...dateLists: string[][]): string {
  const full = dateLists.flat().filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (full.length === 0) throw new Error('no dated source: cannot tell the date the information runs to');
  return full[full.length - 1];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "27 February 2026", the house style for dates; YYYY-MM gives "February 2026". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** House style: words below 10, numerals from 10. */
export const countWord = (n: number) => (Number.isInteger(n) && n >= 0 && n < 10 ? SMALL[n] : n.toLocaleString('en-GB'));

type Dated = { data: { date: string; endDate?: string } };

/** Every date the information-date rule looks at: sources, and events with their end dates. */
export function knownDates(all: { sources: Dated[]; events: Dated[] }): string[][] {
  return [
    all.sources.map((s) => s.data.date),
    all.events.flatMap((e) => [e.data.date, e.data.endDate ?? e.data.date]),
  ];
}
