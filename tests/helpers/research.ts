/**
 * The shared research tables the content was entered from: the first batch (facts.csv,
 * F0001–F0357) and the December 2026 update (facts-2026-update.csv, F0358–F0483).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Fact { id: string; topic: string; value: string; unit: string; source_id: string; quote: string; confidence: string }

export const RESEARCH_BATCHES = ['facts.csv', 'facts-2026-update.csv'] as const;

export const RESEARCH_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'research');

/** The rows of one batch, or of both when no batch is named. */
export function researchFacts(batch?: (typeof RESEARCH_BATCHES)[number]): Fact[] {
  return (batch ? [batch] : RESEARCH_BATCHES).flatMap(
    (file) => parse(readFileSync(join(RESEARCH_DIR, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Fact[],
  );
}

/** "274", ">=274", "~80000", "2.9": a figure; "dozens", "2026-02-27", "27 destroyed; 9 captured": not one number. */
export const isSingleNumber = (v: string) => /^(>=|<=|>|<|~)?\d+(\.\d+)?$/.test(v.trim());
