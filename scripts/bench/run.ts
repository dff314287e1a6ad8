/**
 * `npm run bench`: measures the built site and reports against the project's targets. It is a
 * benchmark, not a test: it exits 0 when targets are missed and non-zero only when it could not
 * measure (a build step failed, a page could not be loaded, Lighthouse could not run…).
 *
 * Steps: clean build, timed per step (unless --no-build) → pages and embeds listed from dist/ →
 * served by scripts/lib/static-server.ts at http://localhost:4321 (the site URL the build wrote
 * into canonical links; another free port if that one is taken) → in Chromium, per page: bytes
 * of a cold load, reads with JS off, time to first chart painted (4× CPU; and 4× CPU + slow 4G)
 * → Lighthouse per page → targets → table on stdout, JSON in bench-results/.
 * Progress goes to stderr so stdout is only the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile, copyFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { TIMINGS_DIR } from '../pdf/build-pdfs.ts';
import { parseArgs, USAGE, type Options } from './args.ts';
import { cleanBuild, notMeasured, type BuildResult } from './build.ts';
import { gzip9, measureBytes, WIDE_FRAME } from './bytes.ts';
import { measureFirstChart, measurePaired, poolRuns, SLOW_4G, type FirstChartResult } from './first-chart.ts';
import { runLighthouse } from './lighthouse.ts';
import { loadAverage, machineInfo } from './machine.ts';
import { measureNoJs } from './no-js.ts';
import { listPages } from './pages.ts';
import { renderReport, renderScale } from './report.ts';
import type { BenchResults, PageResult, PdfFile } from './results.ts';
import { evaluateTargets } from './targets.ts';
import { runScale } from './scale-run.ts';
import { analyseGrowth } from './scale.ts';
import { chartHeightsFor, renderChartHeights, type ChartHeight } from './chart-heights.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench-results');
/** The site URL's port (canonical links point at it); BENCH_PORT to serve elsewhere, e.g. beside another build. */
const SITE_PORT = Number(process.env.BENCH_PORT ?? 4321);
/** Claim and figure pages and their embeds measured per kind (they share one template; --all-pages for every one). */
const SAMPLE_PER_TEMPLATE = 2;
/** The zero-JS limit page: one build-time SVG chart, no CSS, fonts or JS (scripts/bench/reference/). */
export const REFERENCE_DIR = join(import.meta.dirname, 'reference');

export const METHOD_NOTES = [
  'Build: rm -rf dist, then astro build, scripts/downloads/build-downloads.ts and scripts/pdf/build-pdfs.ts run one after another, each timed with performance.now() around the child process (astro\'s content cache in .astro/ is kept, as `npm run build` keeps it).',
  'Pages: every HTML file in dist/ except /print/* (the noindex source of the PDF briefing), and of the claim and figure pages and their embeds (one template per kind, hundreds of pages) the first two of each kind in path order unless --all-pages; embeds are /embed/<id>/; article pages are those with the Article layout\'s <article data-page>. Served by scripts/lib/static-server.ts (the _headers CSP and cache rules, gzip for text) on 127.0.0.1, loaded as http://localhost:<port>.',
  'Browser: Debian Chromium via playwright-core (scripts/lib/chromium.ts), viewport 412×823, deviceScaleFactor 1.75, isMobile, touch; a fresh browser context (empty cache) for every load.',
  'Bytes: one cold load with JS on, waiting for network idle; every request Chromium made (document, CSS, JS, fonts, images, favicon, frames) is counted. raw = the file size in dist/; gz = zlib gzip level 9 of that file for text types (HTML, CSS, JS, JSON, SVG), raw size for fonts and images (woff2/PNG are compressed already); wire = encoded body + response headers Chromium reports from the local server (gzip level 6). JS counts external JS files plus the inline <script>s of the documents loaded (gzip -9 of those scripts joined); the inline part is also inside the HTML figure. 1 KB = 1024 bytes.',
  'Embeds: loaded directly at /embed/<id>/, which is exactly what the frame loads; their JS total is everything loaded in that frame. /embed.js (the host page\'s sizing script) is reported separately from dist/embed.js.',
  'First chart painted: the first <figure data-chart> in document order; an init script runs a requestAnimationFrame loop from document start; the first frame callback in which that figure\'s .chart-art block is completely parsed (its next sibling exists) and one of its SVGs has a non-zero getBoundingClientRect is the frame that paints the chart; the time reported is performance.now() (ms since navigation start) in the callback of the next frame, after that frame was produced. Charts below the fold count as painted when rendered into the frame (the JSON gives inViewport and top). This is main-thread frame time; FCP/LCP (Paint Timing, presentation time) can be later for the same frame (0–30 ms seen here with software compositing), so a chart that is the first content can show a time a little before FCP.',
  'Throttling: CDP Emulation.setCPUThrottlingRate {rate: 4} on the page\'s CDP session before navigation; the slow-4G column also sets Network.emulateNetworkConditions (150 ms latency, 1.6 Mbps down, 750 kbps up: per-request latency emulation in Chromium, not packet-level). Runs per page as given by --runs (default 5), each in a fresh context; median reported, min/max and every run in the JSON. Pages without charts: "—".',
  'Reads without JS: a context with javaScriptEnabled: false (no page script runs; the DevTools protocol still reads the DOM); reads = <main> has text, and the number of chart figures equals the JS-on count and the markup count, each with an SVG of non-zero box.',
  'Lighthouse: Node API, default config (mobile form factor, simulated throttling: 150 ms RTT, 1.6 Mbps, 4× CPU), all four categories, Chromium launched by chrome-launcher with a fresh user-data-dir per run. Scores are the median of --lighthouse-runs runs; a category Lighthouse could not score is "n/a" with its reason. "failing" lists every audit of a category under 100 with score < 1 (weight > 0 costs points; weight 0 are diagnostics) or that errored.',
  'Totals: "total" is the gzipped size of every request of one cold load at 412×823 without scrolling (so for an article page, what it costs before the reader scrolls): HTML, CSS, JS, fonts, images, favicon. Targets use these totals, as issue 16 words them.',
  'Zero-JS reference: scripts/bench/reference/index.html (one build-time SVG bar chart, no CSS, fonts or JS) served by its own static server and timed in turns with each embed (--pairs pairs, 9 by default, after one warm-up pair that is not counted; the order within a pair alternates: reference, embed; embed, reference; …), in the same browser and throttling; the paint target is each embed\'s median over its pairs of (embed ÷ reference), so load that changes during the run weighs on both sides of each pair. The reference\'s runs are also pooled for the "Where we stand" table. Main-thread JS ms: CDP Performance.getMetrics ScriptDuration at the moment the chart was painted (throttled time), median of the runs.',
  'Peers: the table of ten charting stacks in issue 16 (PEER_SOURCE in scripts/bench/peers.ts) is printed as constants beside our figures of this run; it is not re-measured.',
  'Noise: timings vary between runs, much more when other work runs on the machine (machine.loadAverage; Lighthouse\'s benchmarkIndex per run); compare medians, and use --lighthouse-runs 3 or more before acting on a performance score a point or two under 100.',
];

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function portFree(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const probe = createServer();
    probe.once('error', () => ok(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => ok(true)));
  });
}

function readPdfManifest(): BenchResults['pdf'] {
  const file = join(DIST, 'pdf/manifest.json');
  if (!existsSync(file)) return null;
  const m = JSON.parse(readFileSync(file, 'utf8')) as { asOf?: string; files: Omit<PdfFile, 'ms'>[] };
  // Render times live outside dist/ (they vary between runs and dist/ must be reproducible).
  const timingsFile = join(TIMINGS_DIR, 'pdf-timings.json');
  const timings: Record<string, number> = existsSync(timingsFile) ? JSON.parse(readFileSync(timingsFile, 'utf8')) : {};
  const files: PdfFile[] = m.files.map((f) => ({ ...f, ms: timings[f.file] ?? NaN }));
  const sum = (k: 'bytes' | 'pages' | 'ms') => files.reduce((s, f) => s + f[k], 0);
  return { asOf: m.asOf, files, totalBytes: sum('bytes'), totalPages: sum('pages'), totalMs: sum('ms') };
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

async function main(): Promise<number> {
  let options: Options;
  try { options = parseArgs(process.argv.slice(2)); } catch (e) { console.error(errorText(e)); return 2; }
  if (options.help) { console.log(USAGE); return 0; }

  const started = new Date();
  const t0 = performance.now();
  if (options.scale) {
    await mkdir(RESULTS, { recursive: true });
    const runs = await runScale(ROOT, options.scale, progress, options.scaleTimeout * 1000);
    const growth = analyseGrowth(runs);
    const stamp = started.toISOString().replace(/:/g, '-');
    const json = JSON.stringify({ schema: 1, startedAt: started.toISOString(), durationMs: performance.now() - t0, machine: machineInfo(null, loadAverage()), runs, growth }, null, 2) + '\n';
    await writeFile(join(RESULTS, `scale-${stamp}.json`), json);
    await writeFile(join(RESULTS, 'scale-latest.json'), json);
    console.log([...renderScale(runs, growth), '', `Every figure: bench-results/scale-${stamp}.json (also bench-results/scale-latest.json); took ${((performance.now() - t0) / 1000).toFixed(0)} s.`].join('\n'));
    return 0;
  }
  const loadAtStart = loadAverage();
  await mkdir(RESULTS, { recursive: true });
  const stamp = started.toISOString().replace(/:/g, '-');
  const files = { json: `bench-results/bench-${stamp}.json`, latest: 'bench-results/latest.json', buildLog: null as string | null };
  const errors: string[] = [];
  const warnings: string[] = [];

  let build: BuildResult = notMeasured();
  if (options.build) {
    files.buildLog = 'bench-results/build.log';
    build = await cleanBuild(ROOT, join(ROOT, files.buildLog), progress);
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html not found: run without --no-build, or `npm run build` first');

  let pages = await listPages(DIST, options.allPages || options.only ? undefined : SAMPLE_PER_TEMPLATE);
  if (options.only) {
    const missing = options.only.filter((p) => !pages.some((x) => x.path === p));
    if (missing.length) throw new Error(`--only: not built pages: ${missing.join(', ')}`);
    pages = pages.filter((p) => options.only!.includes(p.path));
  }
  progress(`${pages.length} pages: ${pages.map((p) => p.path).join(' ')}`);

  const hostJs = join(DIST, 'embed.js');
  const embedHost = existsSync(hostJs)
    ? { path: '/embed.js', raw: readFileSync(hostJs).length, gz: gzip9(readFileSync(hostJs)) }
    : { path: '/embed.js', raw: null, gz: null };
  if (!existsSync(hostJs)) errors.push('dist/embed.js not found');

  const port = (await portFree(SITE_PORT)) ? SITE_PORT : 0;
  const site = await serveStatic(DIST, { host: '127.0.0.1', port });
  const baseUrl = site.url.replace('127.0.0.1', 'localhost');
  if (port === 0) progress(`port ${SITE_PORT} is taken: serving at ${baseUrl} (canonical and oEmbed links in the build point at :${SITE_PORT})`);

  const results: PageResult[] = pages.map(({ file: _file, ...p }) => ({ ...p, url: baseUrl + p.path, bytes: null, firstChart: null, noJs: null, lighthouse: null }));
  let chromium: string | null = null;
  let reference: BenchResults['reference'] = null;
  let lighthouseVersion: string | null = null;
  let chartHeights: Awaited<ReturnType<typeof chartHeightsFor>> = { rows: null, error: 'browser did not start' };
  try {
    const browser = await launchChromium();
    chromium = browser.version();
    // The zero-JS reference is timed right before each embed, and its runs pooled, so that load
    // on the machine that changes during the run weighs on both sides of the comparison alike.
    const ref = await serveStatic(REFERENCE_DIR, { host: '127.0.0.1', port: 0 });
    const refUrl = ref.url.replace('127.0.0.1', 'localhost');
    const refRuns: FirstChartResult[] = [];
    try {
      for (const [i, p] of results.entries()) {
        progress(`${p.path}: bytes, no-JS${p.chartIds.length ? ', first chart' : ''}`);
        try { p.bytes = await measureBytes(browser, baseUrl, pages[i], DIST); } catch (e) { errors.push(`${p.path}: bytes: ${errorText(e)}`); }
        if (p.kind === 'embed' && p.chartIds.length) try { p.wideFrame = await measureBytes(browser, baseUrl, pages[i], DIST, WIDE_FRAME); } catch (e) { errors.push(`${p.path}: bytes at 720 px: ${errorText(e)}`); }
        const failed = p.bytes?.requests.filter((r) => r.failure || (r.status ?? 0) >= 400) ?? [];
        for (const r of failed) errors.push(`${p.path}: request failed: ${r.url} (${r.failure ?? r.status})`);
        try { p.noJs = await measureNoJs(browser, p.url, p.bytes?.charts.figures ?? p.chartIds.length, p.chartIds.length); } catch (e) { errors.push(`${p.path}: no-JS: ${errorText(e)}`); }
        if (!p.chartIds.length) continue;
        const timed = async (label: string, network: typeof SLOW_4G | null): Promise<FirstChartResult | null> => {
          try {
            const r = await measureFirstChart(browser, p.url, { runs: options.runs, cpuRate: 4, network });
            const bad = r.runs.filter((x) => x.error || x.firstChart === null);
            if (bad.length) errors.push(`${p.path}: first chart ${label}: ${bad.length}/${r.runs.length} runs failed twice (${bad[0].error ?? 'no chart seen'})`);
            for (const x of r.runs.filter((x) => x.retriedAfter)) warnings.push(`${p.path}: first chart ${label}: a run was repeated after: ${x.retriedAfter}`);
            return r;
          } catch (e) { errors.push(`${p.path}: first chart ${label}: ${errorText(e)}`); return null; }
        };
        let cpu4x: FirstChartResult | null;
        if (p.kind === 'embed') {
          // Embeds: in turns with the zero-JS reference page, the paint target's ratio per pair.
          progress(`${p.path}: first chart, in turns with the zero-JS reference page`);
          try {
            const paired = await measurePaired(browser, refUrl + '/', p.url, { runs: options.pairs, cpuRate: 4, network: null, warmup: 1 });
            refRuns.push(paired.reference);
            cpu4x = paired.page;
            p.paint = { ratios: paired.ratios, ratio: paired.ratio, referenceMs: paired.reference.firstChart.median };
            const bad = cpu4x.runs.filter((x) => x.error || x.firstChart === null);
            if (bad.length) errors.push(`${p.path}: first chart 4×CPU: ${bad.length}/${cpu4x.runs.length} runs failed twice (${bad[0].error ?? 'no chart seen'})`);
          } catch (e) { errors.push(`${p.path}: first chart 4×CPU: ${errorText(e)}`); cpu4x = null; }
        } else cpu4x = await timed('4×CPU', null);
        p.firstChart = { cpu4x, slow4g: options.slow4g ? await timed('slow 4G', SLOW_4G) : null };
      }
      progress('chart heights at 375 px');
      chartHeights = await chartHeightsFor(browser, baseUrl);
      progress('zero-JS reference page: bytes');
      try {
        const refPage = { path: '/', file: join(REFERENCE_DIR, 'index.html'), kind: 'page' as const, article: false, chartIds: ['reference'] };
        const bytes = await measureBytes(browser, refUrl, refPage, REFERENCE_DIR);
        if (!refRuns.length) refRuns.push(await measureFirstChart(browser, refUrl + '/', { runs: options.runs, cpuRate: 4, network: null }));
        reference = { bytes, firstChart: poolRuns(refRuns) };
      } catch (e) { errors.push(`zero-JS reference: ${errorText(e)}`); }
    } finally {
      await ref.close();
      await browser.close();
    }

    if (options.lighthouse) {
      for (const p of results) {
        progress(`${p.path}: Lighthouse`);
        try {
          const lh = await runLighthouse(p.url, options.lighthouseRuns);
          lighthouseVersion = lh.version ?? lighthouseVersion;
          const { version: _v, ...rest } = lh;
          p.lighthouse = rest;
        } catch (e) { errors.push(`${p.path}: Lighthouse: ${errorText(e)}`); }
      }
    }
  } finally {
    await site.close();
  }

  const targets = evaluateTargets(results.map((p) => ({
    path: p.path, kind: p.kind, article: p.article,
    jsGz: p.bytes?.jsAll.gz ?? null, reads: p.noJs?.reads ?? null,
    totalGz: p.bytes?.total.gz ?? null, paintRatio: p.paint?.ratio ?? null,
    ...(p.kind === 'embed' && p.chartIds.length ? { wideTotalGz: p.wideFrame?.total.gz ?? null } : {}), paintMs: p.firstChart?.cpu4x?.firstChart.median ?? null,
    lighthouse: options.lighthouse ? (p.lighthouse?.categories ?? null) : null,
  })), { paintMs: reference?.firstChart.firstChart.median ?? null });

  const machine = machineInfo(chromium, loadAtStart);
  const busiest = Math.max(...machine.loadAverage.start.slice(0, 1), ...machine.loadAverage.end.slice(0, 1));
  if (busiest > machine.cores) {
    warnings.push(`the machine was busy: 1-minute load average ${machine.loadAverage.start[0]} at the start, ${machine.loadAverage.end[0]} at the end, on ${machine.cores} cores; other work competes with Chromium, so timings and Lighthouse performance are slower and noisier than on an idle machine`);
  }
  const finished = new Date();
  if (chartHeights.error) errors.push(`chart heights: ${chartHeights.error}`);
  const out: BenchResults & { chartHeights: ChartHeight[] | null } = {
    schema: 1, startedAt: started.toISOString(), finishedAt: finished.toISOString(), durationMs: performance.now() - t0,
    options, machine, method: METHOD_NOTES, baseUrl, build, embedHost, pdf: readPdfManifest(),
    pages: results, reference, lighthouse: { version: lighthouseVersion }, targets, errors, warnings, files,
    chartHeights: chartHeights.rows,
  };
  await writeFile(join(ROOT, files.json), JSON.stringify(out, null, 2) + '\n');
  await copyFile(join(ROOT, files.json), join(ROOT, files.latest));
  console.log([...renderReport(out), ...renderChartHeights(chartHeights.rows, chartHeights.error)].join('\n'));
  if (errors.length) progress(`${errors.length} measurement error(s): see "Errors" above (${relative(ROOT, join(ROOT, files.json))})`);
  return errors.length ? 1 : 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (e) => { console.error(`bench failed: ${e instanceof Error ? e.stack ?? e.message : e}`); process.exitCode = 1; },
);
