/** The date the site's information runs to: the newest fully dated source that a record cites. */
export function informationDate(sourceDates: string[]): string {
  const full = sourceDates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
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
