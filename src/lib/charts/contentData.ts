/** Content records for charts, read through Astro's content layer (entry wrappers removed). */
import { loadAllCollections } from '../data/collections.ts';
import { plainData, type ContentData } from './types.ts';

export async function chartData(): Promise<ContentData> {
  return plainData(await loadAllCollections());
}
