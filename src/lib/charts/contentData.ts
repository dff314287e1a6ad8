/** Content records for charts, read through Astro's content layer (entry wrappers removed). */
import { loadAllCollections } from '../data/collections.ts';
import type { ContentData } from './types.ts';

let cached: Promise<ContentData> | undefined;

export function chartData(): Promise<ContentData> {
  cached ??= loadAllCollections().then(
    (all) => Object.fromEntries(Object.entries(all).map(([k, entries]) => [k, entries.map((e) => e.data)])) as unknown as ContentData,
  );
  return cached;
}
