import { z } from 'astro/zod';
import { PartialDate, WebUrl } from './common.ts';

/** What kind of publication a source is; it tells readers how much weight it carries. */
export const SourceKind = z.enum([
  'news-report', // a news organisation's own report or explainer
  'wire-report', // a news agency report (Reuters, AP, AFP...), including syndicated copies
  'un-briefing', // a UN agency's briefing note, statement or situation update
  'un-report', // a UN agency's periodic report or dataset release
  'humanitarian-report', // Red Cross / Red Crescent and NGO reports
  'think-tank-report', // a research institute's report (CRSS, PICSS, PIPS, IISS, SIPRI)
  'government-statement', // a government's own publication or statement
  'reference', // general reference, gazetteers
]);

/**
 * How a newsroom ranks a source, shown to readers: the body that produced the figure
 * (`originator`: a UN agency, ministry, ISPR, IISS, SIPRI), a news agency or paper of record
 * (`wire-or-record`: Reuters, AP, AFP, Dawn, BBC, Al Jazeera, including syndicated copies),
 * another `national` outlet, or an `aggregator` (a rewrite, reprint or summary of someone else's
 * report, used only where nothing better was found).
 */
export const SourceTier = z.enum(['originator', 'wire-or-record', 'national', 'aggregator']);
export type SourceTier = z.infer<typeof SourceTier>;

/** The tier a source has when its entry does not name one: read from its kind. */
export function defaultTier(kind: z.infer<typeof SourceKind>): SourceTier {
  if (kind === 'wire-report') return 'wire-or-record';
  if (kind === 'news-report' || kind === 'reference') return 'national';
  return 'originator';
}

export const makeSourceSchema = () =>
  z.strictObject({
    /** Stable id: `report-000`…`report-004` for the five base reports, `src-NNN` for the rest. */
    id: z.string().regex(/^(report|src)-\d{3}$/, { error: 'must be report-NNN (base reports) or src-NNN' }),
    /** Headline or document title as published. */
    title: z.string().min(3),
    /** Who published it; for syndicated copies, "Outlet (Agency)". */
    publisher: z.string().min(2),
    /** Publication date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: PartialDate,
    /** How the date is known when the page does not state it ("undated; after 16 March 2026"). */
    dateNote: z.string().optional(),
    /** Web address where the source can be read, when known. */
    url: WebUrl.optional(),
    /** What kind of publication it is. */
    kind: SourceKind,
    /** True for the five news reports of 27 February 2026 this project starts from. */
    base: z.boolean().default(false),
    /** Language of the source when not English (ISO 639-1: ar, fa, ru, hi...). */
    language: z.string().regex(/^[a-z]{2}$/).optional(),
    /** How a newsroom ranks it; when absent, read from `kind` (see `defaultTier`). */
    tier: SourceTier.optional(),
    /** A caveat readers see next to the source ("a rewrite of a Reuters report"). */
    caveat: z.string().min(10).optional(),
    /** Editors' notes: reprints, missing publisher, machine-rewritten copies. Not shown to readers. */
    notes: z.string().optional(),
  });
export type Source = z.infer<ReturnType<typeof makeSourceSchema>>;
