/** How the sources page groups and counts sources. */
import type { SourceKind } from '../../schemas/sources.ts';
import { collectReferences } from '../content/references.ts';

export const SOURCE_KIND_LABELS: Record<import('astro/zod').z.infer<typeof SourceKind>, string> = {
  'un-briefing': 'UN briefings and updates',
  'un-report': 'UN reports and datasets',
  'humanitarian-report': 'Humanitarian organisations',
  'think-tank-report': 'Research institutes',
  'government-statement': 'Government statements',
  'wire-report': 'News agencies',
  'news-report': 'News reports',
  reference: 'Reference works',
};

/** How many records in all collections cite each source. */
export function citationCounts(all: Record<string, { data: unknown }[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entries of Object.values(all)) {
    for (const e of entries) {
      for (const { target } of collectReferences(e.data as Record<string, unknown>)) {
        if (target.collection === 'sources') counts.set(target.id, (counts.get(target.id) ?? 0) + 1);
      }
    }
  }
  return counts;
}
