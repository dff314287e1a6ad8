/** How the sources page groups and counts sources. */
import { defaultTier, type SourceKind, type SourceTier } from '../../schemas/sources.ts';
import { collectReferences } from '../content/references.ts';

export const SOURCE_KIND_LABELS: Record<import('astro/zod').z.infer<typeof SourceKind>, string> = {
  'un-briefing': 'UN briefing or update',
  'un-report': 'UN report or dataset',
  'humanitarian-report': 'Humanitarian organisation',
  'think-tank-report': 'Research institute',
  'government-statement': 'Government statement',
  'wire-report': 'News agency report',
  'news-report': 'News report',
  reference: 'Reference work',
};

/** How readers see a source's rank, in the order a newsroom prefers them. */
export const SOURCE_TIER_LABELS: Record<SourceTier, { label: string; explain: string }> = {
  originator: { label: 'Originator', explain: 'the body that produced the figure or statement: a UN agency, a ministry, a military, a research institute' },
  'wire-or-record': { label: 'Wire or paper of record', explain: 'a news agency (Reuters, AP, AFP...) or a paper of record (Dawn, BBC...), including their copy carried by other outlets' },
  national: { label: 'National outlet', explain: 'another news outlet, often in one of the countries involved' },
  aggregator: { label: 'Aggregator or rewrite', explain: 'a rewrite, reprint or summary of another outlet’s report, used only where nothing better was found' },
};

/** A source's tier: the one its entry names, else the one its kind implies. */
export function tierOf(source: { kind: Parameters<typeof defaultTier>[0]; tier?: SourceTier }): SourceTier {
  return source.tier ?? defaultTier(source.kind);
}

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
