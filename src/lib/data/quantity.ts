/** Writes a sourced number the way the source qualified it: "at least 274", "about 2.9 million". */
import type { Qualifier, Value } from '../../schemas/common.ts';

const PREFIX: Record<Exclude<Qualifier, 'range'>, string> = {
  exact: '', about: 'about ', 'at-least': 'at least ', 'more-than': 'more than ',
  'up-to': 'up to ', 'fewer-than': 'fewer than ',
};

/** One formatter: toLocaleString builds a new one per call, 2 s of a build at ×4 content. */
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 2,900,000 → "2.9 million" (house style for millions); smaller numbers get thousands separators. */
export function formatNumber(n: number): string {
  if (n >= 1_000_000 && n % 10_000 === 0) return `${NUMBER.format(n / 1_000_000)} million`;
  return NUMBER.format(n);
}

/** `wording` is the source's own qualifying word ("nearly"), printed in place of the canonical one. */
export function formatQuantity(value: Value, qualifier: Qualifier, wording?: string): string {
  if (Array.isArray(value)) return `${formatNumber(value[0])}–${formatNumber(value[1])}`;
  const prefix = wording ? `${wording} ` : (PREFIX[qualifier as Exclude<Qualifier, 'range'>] ?? '');
  return `${prefix}${formatNumber(value as number)}`;
}
