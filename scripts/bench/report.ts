/** The printed report: fixed-width tables from the results. Pure functions returning lines. */
import type { BenchResults } from './results.ts';
import { CATEGORIES } from './lighthouse.ts';
import { KB } from './targets.ts';
import { PEER_SOURCE, PEERS } from './peers.ts';
import { SUPERLINEAR_RATIO, type Growth } from './scale.ts';
import { articleBudget } from './article-report.ts';
import type { ScaleRun } from './scale-run.ts';

/** Kilobytes (1 KB = 1024 bytes) with one decimal; "—" for nothing. */
export const formatKB = (bytes: number | null | undefined): string => (bytes == null ? '—' : (bytes / KB).toFixed(1));
export const formatMs = (ms: number | null | undefined): string => (ms == null ? '—' : String(Math.round(ms)));
export const formatS = (ms: number | null | undefined): string => (ms == null ? '—' : `${(ms / 1000).toFixed(1)} s`);

export type Align = 'left' | 'right';

/** A fixed-width table: header line, a rule, then the rows; the first column left-aligned unless told. */
export function table(headers: string[], rows: string[][], align?: Align[]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const al = (i: number): Align => align?.[i] ?? (i === 0 ? 'left' : 'right');
  const line = (cells: string[]) => cells.map((c, i) => (al(i) === 'left' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

const rangeMs = (s: { median: number | null; min: number | null; max: number | null } | undefined) =>
  !s || s.median === null ? '—' : `${formatMs(s.median)} (${formatMs(s.min)}–${formatMs(s.max)})`;

const yesNo = (v: boolean | null | undefined) => (v === true ? 'yes' : v === false ? 'NO' : '—');

export function renderReport(r: BenchResults): string[] {
  const out: string[] = [];
  const h = (title: string) => out.push('', title);

  out.push(`Benchmark ${r.startedAt} — ${r.machine.cpuModel} (${r.machine.cores} cores, ${r.machine.memoryGiB} GiB), Chromium ${r.machine.chromium ?? '?'}, Node ${r.machine.node}, Lighthouse ${r.machine.lighthouse ?? '?'}`);
  out.push(`Load average (1/5/15 min): ${r.machine.loadAverage.start.join(' ')} at the start, ${r.machine.loadAverage.end.join(' ')} at the end`);

  h('Build (clean: rm -rf dist, then each step)');
  if (!r.build.measured) out.push('  not measured (--no-build: dist/ reused)');
  else out.push(...table(['step', 'time'], [...r.build.steps.map((s) => [s.name, formatS(s.ms)]), ['total', formatS(r.build.totalMs)]]).map((l) => '  ' + l));

  h('Bytes per page, cold load at 412×823 (KB; gz = gzip -9 of the dist file for text, raw for fonts/images; JS = files + inline scripts)');
  out.push(...table(
    ['page', 'req', 'HTML gz', 'CSS gz', 'JS gz', 'inline', 'font', 'other', 'total gz', 'total raw', 'wire'],
    r.pages.map((p) => {
      const b = p.bytes;
      if (!b) return [p.path, 'error', ...Array(9).fill('')];
      return [p.path, String(b.total.requests), formatKB(b.groups.html.gz), formatKB(b.groups.css.gz), formatKB(b.jsAll.gz),
        formatKB(b.inlineJs.gz), formatKB(b.groups.font.gz), formatKB(b.groups.other.gz), formatKB(b.total.gz), formatKB(b.total.raw), formatKB(b.total.wire)];
    }),
  ));
  out.push(`  embed host script /embed.js: ${formatKB(r.embedHost.raw)} KB raw, ${formatKB(r.embedHost.gz)} KB gz (loaded once by the host page, not in the frame figures)`);
  const wide = r.pages.filter((p) => p.wideFrame);
  if (wide.length) out.push(`  embeds in a 720 px frame (any frame of 640 px or more fetches the wide artboard too; held to the same 30 KB target; total gz KB): ${wide.map((p) => `${p.path} ${formatKB(p.wideFrame!.total.gz)}`).join(', ')}`);
  out.push('  "inline" is the part of "JS gz" that is inline <script> (already inside "HTML gz"); "total gz" sums requests only;');
  out.push('  "wire" = encoded bodies + response headers Chromium received from the local server (gzip level 6, ~1.5 KB of headers per response).');

  const runs = r.options.runs;
  h(`First chart painted, ms from navigation start: median (min–max) of ${runs} cold runs; FCP for comparison; reads with JS off`);
  out.push(...table(
    ['page', 'charts', 'chart 4×CPU', 'FCP 4×CPU', ...(r.options.slow4g ? ['chart 4×CPU+slow 4G', 'FCP slow 4G'] : []), 'chart in view', 'no-JS reads'],
    r.pages.map((p) => {
      const fc = p.firstChart;
      return [p.path, String(p.chartIds.length),
        fc ? rangeMs(fc.cpu4x?.firstChart) : '—', fc ? formatMs(fc.cpu4x?.fcp.median) : '—',
        ...(r.options.slow4g ? [fc ? rangeMs(fc.slow4g?.firstChart) : '—', fc ? formatMs(fc.slow4g?.fcp.median) : '—'] : []),
        fc?.cpu4x?.runs[0] ? (fc.cpu4x.runs[0].inViewport ? 'yes' : `no (${fc.cpu4x.runs[0].top ?? '?'} px)`) : '—',
        p.noJs ? (p.noJs.reads ? 'yes' : `NO: ${p.noJs.why}`) : '—'];
    }),
  ));
  out.push('  first chart painted = performance.now() in the animation frame after the first one in which the first <figure data-chart>\'s', 
    '  .chart-art block was fully parsed and one of its SVGs had a non-zero layout box (charts below the fold count once rendered;',
    '  "chart in view" gives the chart\'s top when it was not in the 412×823 viewport). Main-thread frame time: FCP, a presentation',
    '  time, can land up to ~30 ms after it for the same frame. No charts: "—". Every run is in the JSON.');
  const paired = r.pages.filter((p) => p.paint?.ratio != null);
  if (paired.length) {
    out.push(`  Embeds timed in turns with the zero-JS reference page (${r.options.pairs ?? runs} pairs each, after a warm-up pair; the order within a pair alternates): median of embed ÷ reference per pair (the paint target), the pairs' range:`);
    for (const p of paired) out.push(`    ${p.path.padEnd(28)} ${p.paint!.ratio!.toFixed(2)}x  (${Math.min(...p.paint!.ratios).toFixed(2)}–${Math.max(...p.paint!.ratios).toFixed(2)}; reference median ${formatMs(p.paint!.referenceMs)} ms)`);
  }

  out.push(...whereWeStand(r));

  h(`Lighthouse ${r.lighthouse.version ?? ''} mobile (simulated slow 4G, 4× CPU), ${r.options.lighthouseRuns} run(s), median score`);
  if (!r.options.lighthouse) out.push('  not run (--no-lighthouse)');
  else {
    out.push(...table(['page', ...CATEGORIES, 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'CPU index'], r.pages.map((p) => {
      const lh = p.lighthouse;
      if (!lh) return [p.path, ...CATEGORIES.map(() => 'error'), '', '', '', '', ''];
      const m = lh.runs[0]?.metrics ?? {};
      return [p.path, ...CATEGORIES.map((c) => (lh.categories[c].score === null ? 'n/a' : String(lh.categories[c].score))),
        formatMs(m['first-contentful-paint']), formatMs(m['largest-contentful-paint']), formatMs(m['total-blocking-time']),
        m['cumulative-layout-shift'] == null ? '—' : m['cumulative-layout-shift'].toFixed(3),
        lh.runs[0]?.benchmarkIndex == null ? '—' : String(Math.round(lh.runs[0].benchmarkIndex))];
    })));
    if (r.options.lighthouseRuns > 1) out.push('  (metrics and CPU index are from the first run; scores are medians)');
    out.push('  CPU index: Lighthouse\'s benchmarkIndex of the machine during that run (higher is faster; a busy machine scores low).');
    const na = r.pages.flatMap((p) => CATEGORIES.filter((c) => p.lighthouse && p.lighthouse.categories[c].score === null)
      .map((c) => `  n/a: ${p.path} ${c}: ${p.lighthouse!.categories[c].error}`));
    out.push(...na);
    const weighted = r.pages.flatMap((p) => (p.lighthouse?.failing ?? []).filter((f) => f.weight > 0 || f.error).map((f) => ({ p, f })));
    out.push('', '  Audits that cost points (weight > 0, score < 1), per page:');
    if (!weighted.length) out.push('    none');
    for (const { p, f } of weighted) {
      out.push(`    ${p.path}  ${f.category}/${f.id} (${f.score === null ? 'error' : f.score})${f.displayValue ? ` ${f.displayValue}` : ''}: ${f.title}${f.error ? ` — ${f.error}` : ''}`);
      for (const item of (f.items ?? []).slice(0, 2)) out.push(`        · ${item}`);
    }
    const diag = new Map<string, string[]>();
    for (const p of r.pages) for (const f of p.lighthouse?.failing ?? []) {
      if (f.weight > 0 || f.error) continue;
      diag.set(`${f.category}/${f.id}`, [...(diag.get(`${f.category}/${f.id}`) ?? []), p.path]);
    }
    if (diag.size) {
      out.push('  Unweighted diagnostics under 1 (no effect on the score; details in the JSON):');
      for (const [id, paths] of diag) out.push(`    ${id}: ${paths.length === r.pages.length ? 'every page' : paths.join(' ')}`);
    }
  }

  h('PDF edition (dist/pdf/manifest.json)');
  if (!r.pdf) out.push('  no manifest');
  else out.push(...table(['file', 'pages', 'KB', 'render ms'], r.pdf.files.map((f) => [f.file, String(f.pages), formatKB(f.bytes), formatMs(f.ms)])).map((l) => '  ' + l));

  out.push(...articleBudget(r));

  h('Targets');
  out.push(...table(['target', 'result', 'measured'], r.targets.map((t) => [t.target, t.met === null ? 'not measured' : t.met ? 'met' : 'NOT MET', t.measured]), ['left', 'left', 'left']).map((l) => '  ' + l));
  for (const t of r.targets) for (const f of t.failures) out.push(`    ${t.id}: ${f}`);

  if (r.warnings.length) {
    h('Warnings');
    for (const w of r.warnings) out.push(`  ${w}`);
  }
  if (r.errors.length) {
    h('Errors (the benchmark could not measure these)');
    for (const e of r.errors) out.push(`  ${e}`);
  }
  out.push('', `Method notes and every figure: ${r.files.json} (also ${r.files.latest}); bench took ${formatS(r.durationMs)}.`);
  return out;
}

/** The peer table of issue 16 (constants, with their source) and this run's reference page and embeds beside it. */
export function whereWeStand(r: Pick<BenchResults, 'pages' | 'reference'>): string[] {
  const row = (page: string, total: number | null | undefined, js: number | null | undefined, painted: number | null | undefined, script: number | null | undefined, from: string) =>
    [page, formatKB(total), formatKB(js), formatMs(painted), formatMs(script), from];
  const rows = [
    ...PEERS.map((p) => row(p.page, p.totalKB * KB, p.jsKB * KB, p.paintedMs, p.mainThreadJsMs, 'issue 16')),
    ...(r.reference ? [row('zero-JS reference page (scripts/bench/reference/)', r.reference.bytes.total.gz, r.reference.bytes.jsAll.gz,
      r.reference.firstChart.firstChart.median, r.reference.firstChart.scriptMs?.median, 'this run')] : []),
    ...r.pages.filter((p) => p.kind === 'embed').map((p) => row(`our ${p.path}`, p.bytes?.total.gz, p.bytes?.jsAll.gz,
      p.firstChart?.cpu4x?.firstChart.median, p.firstChart?.cpu4x?.scriptMs?.median, 'this run')),
  ];
  return ['', 'Where we stand: embeds beside other charting stacks (total and JS: KB gzipped, every request; chart painted and main-thread JS: ms at 4× CPU, median)',
    ...table(['page', 'total KB', 'JS KB', 'chart painted ms', 'main-thread JS ms', 'measured in'], rows),
    `  Rows "issue 16" are constants from ${PEER_SOURCE}; rows "this run" were measured now, on this machine, by this benchmark.`];
}

/** Scale mode's report: time and peak memory per step and factor, growth verdict, chart renders per build. */
export function renderScale(runs: readonly ScaleRun[], growth: readonly Growth[]): string[] {
  const out = ['Scale mode: the content multiplied (valid records, fresh ids), each build step timed in a copy of the project'];
  out.push(...table(['factor', 'records', 'pages', ...growth.map((g) => g.step), 'total'],
    runs.map((r) => [`×${r.factor}`, String(r.records), r.pages == null ? '—' : String(r.pages),
      ...r.steps.map((s) => (s.skipped ? 'not run' : s.timedOut ? `> ${formatS(s.ms)}` : `${formatS(s.ms)}${s.cpuMs == null ? '' : ` (CPU ${formatS(s.cpuMs)})`}`)),
      r.steps.some((s) => s.timedOut || s.skipped) ? '—' : formatS(r.steps.reduce((t, s) => t + s.ms, 0))])));
  out.push('  wall time (CPU time: user + system of the step\'s processes, less disturbed by other work on the machine)');
  out.push('', 'Peak memory (MiB, resident, the step\'s whole process tree)');
  out.push(...table(['factor', ...growth.map((g) => g.step)], runs.map((r) => [`×${r.factor}`, ...r.steps.map((s) => (s.skipped ? '—' : String(Math.round(s.peakRssMiB))))])));
  out.push('', `Growth: extra CPU ms per extra record between factors; a step grows faster than linearly when its last slope is over ${SUPERLINEAR_RATIO}× its first`);
  out.push(...table(['step', ...runs.slice(1).map((r, i) => `×${runs[i].factor}→×${r.factor} ms/record`), 'last ÷ first', 'verdict'],
    growth.map((g) => {
      const at = g.atLeast ? '≥ ' : '';
      const verdict = g.verdict === 'not measured' ? 'not measured (an earlier step was stopped)'
        : g.atLeast ? `${g.verdict} (stopped at the time limit)` : g.verdict;
      return [g.step, ...g.slopes.map((x, i) => (Number.isNaN(x) ? '—' : (i === g.slopes.length - 1 ? at : '') + x.toFixed(2))), g.slopeRatio === null || Number.isNaN(g.slopeRatio) ? '—' : at + g.slopeRatio.toFixed(2), verdict];
    })));
  const last = [...runs].reverse().find((r) => Object.keys(r.chartRenders).length) ?? runs[runs.length - 1];
  out.push('', `Charts per build at ×${last.factor}: surfaces that draw each chart (figures in the built HTML), and how many times the build computed its model (once per build is 1):`);
  out.push('  ' + Object.entries(last.chartRenders).map(([id, n]) => `${id} ${n} surfaces, ${last.chartComputes?.[id] ?? '?'} computed`).join('; '));
  return out;
}
