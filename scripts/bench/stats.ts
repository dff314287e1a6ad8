/** Small statistics for the benchmark's repeated runs. Pure functions. */

/** The median of the numbers (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Summary { n: number; median: number | null; min: number | null; max: number | null }

/** Median, min and max of the values that were measured (nulls, i.e. failed runs, are left out of the figures but not of n). */
export function summarize(values: readonly (number | null)[]): Summary & { failed: number } {
  const ok = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return {
    n: values.length,
    failed: values.length - ok.length,
    median: median(ok),
    min: ok.length ? Math.min(...ok) : null,
    max: ok.length ? Math.max(...ok) : null,
  };
}
