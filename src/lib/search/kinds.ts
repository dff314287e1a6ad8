/** The kinds of search result a reader can filter by, and the claimants they can pick. */
import type { ContentData } from '../charts/types.ts';
import { FIGURE_COLLECTIONS } from '../content/citations.ts';

export const SEARCH_KINDS = [
  { value: 'Page', label: 'Pages' },
  { value: 'Claim', label: 'Claims' },
  { value: 'Figure', label: 'Other figures' },
  { value: 'Chart', label: 'Charts' },
  { value: 'Source', label: 'Sources' },
  { value: 'Term', label: 'Terms' },
  { value: 'Person', label: 'People' },
] as const;

/** Names of everyone who states a figure, as the claimant filter on figure pages writes them. */
export function claimantsOf(data: ContentData): string[] {
  const ids = new Set<string>();
  for (const c of FIGURE_COLLECTIONS) {
    for (const r of data[c] as unknown as Record<string, { id: string } | undefined>[]) {
      const by = r.claimant ?? r.estimatedBy ?? r.publisher;
      if (by) ids.add(by.id);
    }
  }
  return [...ids].map((id) => data.actors.find((a) => a.id === id)?.name ?? id).sort((a, b) => a.localeCompare(b, 'en'));
}
