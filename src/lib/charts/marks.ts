/**
 * Attributes every focusable chart mark carries: each mark is a graphics symbol whose label
 * describes one record. Spread as an object because Astro's attribute types omit the
 * graphics roles.
 */
export const SYMBOL: Record<string, string> = { role: 'graphics-symbol' };
