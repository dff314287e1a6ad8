/** The shape of bench-results/*.json: every figure the benchmark measured, and how. */
import type { BytesResult } from './bytes.ts';
import type { FirstChartResult } from './first-chart.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { NoJsResult } from './no-js.ts';
import type { BenchPage } from './pages.ts';
import type { TargetResult } from './targets.ts';
import type { Machine } from './machine.ts';
import type { Options } from './args.ts';
import type { BuildResult } from './build.ts';

export interface PdfFile { file: string; title: string; url: string; bytes: number; pages: number; ms: number }

export interface PageResult extends Omit<BenchPage, 'file'> {
  url: string;
  bytes: BytesResult | null;
  /** Embeds: the same cold load in a 720 px frame, where the wide artboard is fetched (not a target figure). */
  wideFrame?: BytesResult | null;
  firstChart: { cpu4x: FirstChartResult | null; slow4g: FirstChartResult | null } | null;
  /** Embeds: first chart timed in turns with the zero-JS reference page; each pair's embed ÷ reference, their median, and the reference's median ms */
  paint?: { ratios: number[]; ratio: number | null; referenceMs: number | null };
  noJs: NoJsResult | null;
  lighthouse: LighthouseResult | null;
}

export interface BenchResults {
  schema: 1;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  options: Options;
  machine: Machine;
  method: string[];
  baseUrl: string;
  build: BuildResult;
  embedHost: { path: string; raw: number | null; gz: number | null };
  pdf: { asOf?: string; files: PdfFile[]; totalBytes: number; totalPages: number; totalMs: number } | null;
  pages: PageResult[];
  /** the zero-JS reference page (scripts/bench/reference/), measured in the same run; null if not measured */
  reference: { bytes: BytesResult; firstChart: FirstChartResult } | null;
  lighthouse: { version: string | null };
  targets: TargetResult[];
  errors: string[];
  /** things that did not stop a measurement but bear on the figures (repeated runs, a busy machine) */
  warnings: string[];
  files: { json: string; latest: string; buildLog: string | null };
}
