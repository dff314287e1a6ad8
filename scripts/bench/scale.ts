/**
 * Scale mode's content: every record collection multiplied by a factor, each copy a valid record
 * with a fresh id. Copy k of every record gets the suffix "-x<k>" on its id, and every reference
 * in it to another record (any string value equal to a record id) points at copy k of that record,
 * so each copy is a consistent second world of records and every integrity rule that holds for the
 * originals holds for the copies. A field counts as a reference when every string it holds in the
 * original content is a record id (so `claimant` does, and `series`, whose values include one
 * that is also an actor id, does not). Not multiplied: pages, glossary and research coverage
 * (prose and bookkeeping; pages keep citing the original records) and sources (ids are
 * `src-NNN`, three digits, so there is no room for 16 copies; copies cite the original sources).
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const NOT_SCALED = new Set(['pages', 'glossary', 'research-coverage', 'sources']);
/** Fields that cite the research table, not a record: a copy says it comes from the same fact, marked. */
const FACT_FIELDS = new Set(['fact', 'facts']);

type Entry = Record<string, unknown>;
export interface CollectionFile { path: string; entries: Entry[] }

const suffix = (k: number) => `-x${k}`;

/** Every string under each key (arrays and nested objects included), by key name. */
function stringsByKey(value: unknown, key: string, out: Map<string, string[]>): Map<string, string[]> {
  if (typeof value === 'string') out.set(key, [...(out.get(key) ?? []), value]);
  else if (Array.isArray(value)) for (const v of value) stringsByKey(v, key, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsByKey(v, k, out);
  return out;
}

/** Keys whose every string value is a record id: the reference fields. */
export function referenceKeys(entries: readonly Entry[], ids: ReadonlySet<string>): Set<string> {
  const byKey = stringsByKey(entries, '', new Map());
  return new Set([...byKey].filter(([k, vs]) => k !== 'id' && !FACT_FIELDS.has(k) && vs.every((v) => ids.has(v))).map(([k]) => k));
}

function rewrite(value: unknown, refs: ReadonlySet<string>, k: number, key = ''): unknown {
  if (typeof value === 'string') return key === 'id' || refs.has(key) ? value + suffix(k) : value;
  if (Array.isArray(value)) return value.map((v) => rewrite(v, refs, k, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k2, v]) => [k2, rewrite(v, refs, k, k2)]));
  }
  return value;
}

/** The files with copies 2..factor of every entry appended (pure). */
export function scaleFiles(files: readonly CollectionFile[], factor: number): CollectionFile[] {
  const entries = files.flatMap((f) => f.entries);
  const ids = new Set(entries.map((e) => e.id).filter((id): id is string => typeof id === 'string'));
  const refs = referenceKeys(entries, ids);
  return files.map((f) => ({
    path: f.path,
    entries: [...f.entries, ...Array.from({ length: factor - 1 }, (_, i) => f.entries.map((e) => rewrite(e, refs, i + 2) as Entry)).flat()],
  }));
}

/** Copies content/ to dest with every record collection multiplied by factor; returns the record count. */
export function writeScaledContent(src: string, dest: string, factor: number): { records: number } {
  cpSync(src, dest, { recursive: true });
  const files: CollectionFile[] = [];
  for (const dir of readdirSync(dest, { withFileTypes: true })) {
    if (!dir.isDirectory() || NOT_SCALED.has(dir.name)) continue;
    for (const name of readdirSync(join(dest, dir.name))) {
      if (!/\.ya?ml$/.test(name)) continue;
      const path = join(dest, dir.name, name);
      files.push({ path, entries: (parse(readFileSync(path, 'utf8')) ?? []) as Entry[] });
    }
  }
  const scaled = scaleFiles(files, factor);
  for (const f of scaled) writeFileSync(f.path, stringify(f.entries, { lineWidth: 0 }));
  return { records: scaled.reduce((s, f) => s + f.entries.length, 0) };
}

export interface Growth {
  step: string;
  /** wall time per factor, ms */
  ms: number[];
  /** CPU time per factor, ms (the slopes use it; wall time when CPU time was not measured) */
  cpuMs: number[];
  peakRssMiB: number[];
  /** extra time per extra record, ms, between consecutive factors */
  slopes: number[];
  /** last slope ÷ first slope: about 1 or below when a step grows linearly (fixed costs make the first slope no smaller) */
  slopeRatio: number | null;
  faster: boolean;
  /** a run of the step hit the time limit: its time, and so the last slope, are lower bounds */
  atLeast: boolean;
  verdict: 'linear or better' | 'FASTER THAN LINEAR' | 'inconclusive' | 'not measured';
}

/** Above this ratio of marginal costs (per extra record) a step is said to grow faster than linearly. */
export const SUPERLINEAR_RATIO = 1.5;

/** Per step: does the CPU cost of one more record rise as the content grows? (pure) */
export function analyseGrowth(runs: readonly { records: number; steps: readonly { name: string; ms: number; cpuMs?: number; peakRssMiB: number; timedOut?: boolean }[] }[]): Growth[] {
  if (!runs.length) return [];
  return runs[0].steps.map(({ name }) => {
    const step = (r: (typeof runs)[number]) => r.steps.find((s) => s.name === name)!;
    const ms = runs.map((r) => step(r).ms);
    const cpuMs = runs.map((r) => step(r).cpuMs ?? step(r).ms);
    const atLeast = runs.some((r) => step(r).timedOut === true);
    const slopes = runs.slice(1).map((r, i) => (cpuMs[i + 1] - cpuMs[i]) / (r.records - runs[i].records));
    // A first slope at or under 0 (noise on a step that does not grow): measure against 1 ms per 1000 records.
    const first = Math.max(slopes[0] ?? 0, 0.001);
    const slopeRatio = slopes.length >= 2 ? slopes[slopes.length - 1] / first : null;
    const faster = slopeRatio !== null && slopeRatio > SUPERLINEAR_RATIO;
    const verdict = slopeRatio === null || Number.isNaN(slopeRatio) ? 'not measured' : faster ? 'FASTER THAN LINEAR' : atLeast ? 'inconclusive' : 'linear or better';
    return { step: name, ms, cpuMs, peakRssMiB: runs.map((r) => step(r).peakRssMiB), slopes, slopeRatio, faster, atLeast, verdict };
  });
}
