/** The shared research table the content was entered from (../shared/research/facts.csv). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Fact { id: string; topic: string; value: string; unit: string; source_id: string; quote: string }

export const RESEARCH_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'research');

export function researchFacts(): Fact[] {
  return parse(readFileSync(join(RESEARCH_DIR, 'facts.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Fact[];
}

/** "274", ">=274", "~80000", "2.9": a figure; "dozens", "2026-02-27", "27 destroyed; 9 captured": not one number. */
export const isSingleNumber = (v: string) => /^(>=|<=|>|<|~)?\d+(\.\d+)?$/.test(v.trim());
