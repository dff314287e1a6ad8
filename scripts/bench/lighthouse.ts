/**
 * Lighthouse (Node API) with its default config: mobile form factor, simulated throttling (slow
 * 4G, 4× CPU), all four categories. Each run launches Debian's Chromium through chrome-launcher
 * with a fresh user-data-dir. A category Lighthouse could not score is reported as not
 * available with its reason, never as a number.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, ensureChromium } from '../lib/chromium.ts';
import { median } from './stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The parts of a Lighthouse result (LHR) the benchmark reads. */
export interface Lhr {
  lighthouseVersion?: string;
  finalDisplayedUrl?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] } | undefined>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; errorMessage?: string; numericValue?: number; details?: unknown }>;
}

export interface CategoryScore { score: number | null; error?: string }
export interface FailingAudit { id: string; category: Category; title: string; score: number | null; weight: number; displayValue?: string; error?: string; items?: string[] }
export interface LhRun {
  categories: Record<Category, CategoryScore>;
  failing: FailingAudit[];
  metrics: Record<string, number | null>;
  runtimeError?: string;
  warnings: string[];
  /** Lighthouse's measure of this machine's CPU speed at the time (higher is faster) */
  benchmarkIndex: number | null;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** A few identifying strings from an audit's details table (selectors, URLs, messages), each short. */
export function detailItems(details: unknown, max = 5): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
  const nodeText = (v: unknown): string | null => {
    const n = v as { type?: string; selector?: string; snippet?: string; url?: string } | null;
    return n && typeof n === 'object' ? str(n.snippet) ?? str(n.selector) ?? str(n.url) : null;
  };
  const out: string[] = [];
  for (const raw of items) {
    const item = (raw ?? {}) as Record<string, unknown>;
    const parts = [
      nodeText(item.node) ?? nodeText(item.source) ?? str(item.source) ?? null,
      str(item.url) ?? nodeText(item.sourceLocation),
      str(item.description) ?? str(item.label) ?? str(item.reason),
    ].filter((p, i, all): p is string => Boolean(p) && all.indexOf(p) === i);
    const text = parts.join(' — ').replace(/\s+/g, ' ');
    if (text) out.push(text.length > 160 ? `${text.slice(0, 157)}...` : text);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Pure: scores (0–100) per category and every audit of a category that kept it under 100 —
 * audits scored below 1 (weighted audits lower the score; weight-0 ones are Lighthouse's
 * diagnostics/insights for that category) and audits that errored.
 */
export function summarizeLhr(lhr: Lhr): LhRun {
  const categories = {} as Record<Category, CategoryScore>;
  const failing: FailingAudit[] = [];
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    if (!cat) { categories[c] = { score: null, error: lhr.runtimeError?.message ?? 'category missing from the Lighthouse result' }; continue; }
    if (cat.score === null) {
      const errored = cat.auditRefs.map((r) => lhr.audits[r.id]).filter((a) => a?.scoreDisplayMode === 'error');
      categories[c] = { score: null, error: lhr.runtimeError?.message ?? (errored.map((a) => `${a.id}: ${a.errorMessage ?? 'error'}`).join('; ') || 'Lighthouse gave no score') };
    } else categories[c] = { score: Math.round(cat.score * 100) };
    if (cat.score === 1) continue;
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a) continue;
      const errored = a.scoreDisplayMode === 'error';
      const scored = ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode) && a.score !== null && a.score < 1;
      if (!errored && !scored) continue;
      failing.push({
        id: a.id, category: c, title: a.title, score: a.score, weight: ref.weight,
        ...(a.displayValue ? { displayValue: a.displayValue } : {}),
        ...(errored ? { error: a.errorMessage ?? 'error' } : {}),
        ...(detailItems(a.details).length ? { items: detailItems(a.details) } : {}),
      });
    }
  }
  failing.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? null]));
  return {
    categories, failing, metrics,
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    warnings: lhr.runWarnings ?? [],
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

export interface LighthouseResult {
  runs: LhRun[];
  /** median score per category over the runs (null if any run could not score it) */
  categories: Record<Category, CategoryScore>;
  /** failing audits of all runs, each once, with how many runs it failed in */
  failing: (FailingAudit & { runsFailed: number })[];
}

/** Pure: median scores and the union of failing audits over several runs. */
export function combineRuns(runs: readonly LhRun[]): LighthouseResult {
  const categories = {} as Record<Category, CategoryScore>;
  for (const c of CATEGORIES) {
    const missing = runs.find((r) => r.categories[c].score === null);
    categories[c] = missing || !runs.length
      ? { score: null, error: missing?.categories[c].error ?? 'not run' }
      : { score: median(runs.map((r) => r.categories[c].score as number)) };
  }
  const byKey = new Map<string, FailingAudit & { runsFailed: number }>();
  for (const run of runs) for (const f of run.failing) {
    const key = `${f.category}/${f.id}`;
    const had = byKey.get(key);
    if (had) had.runsFailed += 1; else byKey.set(key, { ...f, runsFailed: 1 });
  }
  return { runs: [...runs], categories, failing: [...byKey.values()] };
}

/** Runs Lighthouse on the URL `runs` times, a fresh Chromium each time. */
export async function runLighthouse(url: string, runs = 1): Promise<LighthouseResult & { version: string | null }> {
  ensureChromium();
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const out: LhRun[] = [];
  let version: string | null = null;
  for (let i = 0; i < runs; i++) {
    const userDataDir = await mkdtemp(join(tmpdir(), 'bench-lh-'));
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, userDataDir, logLevel: 'silent', handleSIGINT: false });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error('Lighthouse returned no result');
      version = result.lhr.lighthouseVersion;
      out.push(summarizeLhr(result.lhr as unknown as Lhr));
    } finally {
      chrome.kill();
      await rm(userDataDir, { recursive: true, force: true });
    }
  }
  return { ...combineRuns(out), version };
}
