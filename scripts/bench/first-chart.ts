/**
 * Time to first chart painted, in Chromium with CDP CPU throttling (and optionally network
 * throttling), a fresh browser context (cold cache) for every run.
 *
 * Definition ("first chart painted"): the first chart is the first `<figure data-chart>` in document
 * order (ChartFrame.astro). An init script, injected before any of the page's own code, runs a
 * requestAnimationFrame loop from the start of the document. In each frame callback it checks
 * whether that figure's `.chart-art` block has been parsed completely (the element after it, the
 * chart summary, exists, so both artboard SVGs are in the DOM) and one of its `.chart-art svg`
 * elements has a non-zero layout box (getBoundingClientRect; the other artboard is display:none at
 * this width). The frame whose callback sees that is the frame that paints the chart: its paint
 * follows that callback. The time reported is performance.now() (ms from navigation start) in the
 * callback of the NEXT frame, i.e. once that frame has been painted. "Painted" means rendered
 * into the frame; the chart may lie below the fold (`inViewport` in the JSON says whether its box
 * intersected the 412×823 viewport, `top` is its distance from the top of the document in CSS px).
 * This is a main-thread time (the frame has been produced); the Paint Timing API reports
 * presentation times, later (0–30 ms seen here with software compositing), so when the chart is
 * the first content painted its time can come a little before FCP. First Contentful Paint (Paint Timing API) and
 * Largest Contentful Paint are recorded from the same runs for comparison.
 */
import type { Browser } from 'playwright-core';
import { MOBILE } from './bytes.ts';
import { median, summarize, type Summary } from './stats.ts';

/** Lighthouse's "slow 4G" (mobileSlow4G): 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export const FIRST_CHART_INIT = `(() => {
  const b = { firstChart: null, detectedAt: null, inViewport: null, top: null, fcp: null, lcp: null, frames: 0 };
  Object.defineProperty(window, '__benchFirstChart', { value: b });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) b.lcp = e.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (e) {}
  const laidOut = () => {
    const figure = document.querySelector('figure[data-chart]');
    const art = figure && figure.querySelector('.chart-art');
    if (!art || !art.nextElementSibling) return null;
    for (const svg of art.querySelectorAll('svg')) {
      const r = svg.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return r;
    }
    return null;
  };
  const frame = () => {
    b.frames++;
    if (b.detectedAt !== null) { b.firstChart = performance.now(); return; }
    const box = laidOut();
    if (box) { b.detectedAt = performance.now(); b.inViewport = box.top < innerHeight && box.bottom > 0; b.top = Math.round(box.top + scrollY); }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

export interface ChartRun {
  firstChart: number | null; detectedAt: number | null; inViewport: boolean | null; top?: number | null;
  fcp: number | null; lcp: number | null;
  /** main-thread script time up to the chart painted (CDP Performance.getMetrics ScriptDuration, throttled), ms */
  scriptMs?: number | null;
  error?: string;
  /** an earlier attempt of this run that failed (e.g. a load that never finished) and was repeated once */
  retriedAfter?: string;
}
export interface FirstChartResult { cpuRate: number; network: typeof SLOW_4G | null; runs: ChartRun[]; firstChart: Summary; fcp: Summary; lcp: Summary; scriptMs?: Summary }

export interface FirstChartOptions { runs: number; cpuRate?: number; network?: typeof SLOW_4G | null; timeoutMs?: number }

/** One cold load in a fresh context; on failure the error names the requests still pending. */
async function oneRun(browser: Browser, url: string, cpuRate: number, network: typeof SLOW_4G | null, timeout: number): Promise<ChartRun> {
  const context = await browser.newContext(MOBILE);
  const pending = new Set<string>();
  try {
    await context.addInitScript({ content: FIRST_CHART_INIT });
    const tab = await context.newPage();
    tab.on('request', (r) => pending.add(r.url()));
    tab.on('requestfinished', (r) => pending.delete(r.url()));
    tab.on('requestfailed', (r) => pending.delete(r.url()));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await cdp.send('Performance.enable');
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    }
    await tab.goto(url, { waitUntil: 'load', timeout });
    await tab.waitForFunction('window.__benchFirstChart.firstChart !== null', undefined, { timeout, polling: 100 });
    const r = (await tab.evaluate('({ ...window.__benchFirstChart })')) as ChartRun;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = metrics.find((m) => m.name === 'ScriptDuration')?.value;
    return { firstChart: r.firstChart, detectedAt: r.detectedAt, inViewport: r.inViewport, top: r.top, fcp: r.fcp, lcp: r.lcp, scriptMs: script === undefined ? null : script * 1000 };
  } catch (e) {
    const waiting = pending.size ? ` (still loading: ${[...pending].map((u) => new URL(u).pathname).join(', ')})` : '';
    return { firstChart: null, detectedAt: null, inViewport: null, fcp: null, lcp: null, error: (e as Error).message.split('\n')[0] + waiting };
  } finally {
    await context.close();
  }
}

/**
 * `runs` cold runs. A run that fails is repeated once in a new context (the JSON keeps the first
 * error as `retriedAfter`); a run that fails twice counts as failed and is left out of the figures.
 */
export async function measureFirstChart(browser: Browser, url: string, opts: FirstChartOptions): Promise<FirstChartResult> {
  const cpuRate = opts.cpuRate ?? 4;
  const network = opts.network ?? null;
  const timeout = opts.timeoutMs ?? 30_000;
  const runs: ChartRun[] = [];
  for (let i = 0; i < opts.runs; i++) {
    let run = await oneRun(browser, url, cpuRate, network, timeout);
    if (run.error) run = { ...(await oneRun(browser, url, cpuRate, network, timeout)), retriedAfter: run.error };
    runs.push(run);
  }
  return {
    cpuRate, network, runs,
    firstChart: summarize(runs.map((r) => r.firstChart)),
    fcp: summarize(runs.map((r) => r.fcp)),
    lcp: summarize(runs.map((r) => r.lcp)),
    scriptMs: summarize(runs.map((r) => r.scriptMs ?? null)),
  };
}

/** Several results of the same page as one: every run kept, figures over all of them (pure). */
export function poolRuns(results: readonly FirstChartResult[]): FirstChartResult {
  const runs = results.flatMap((r) => r.runs);
  return {
    cpuRate: results[0].cpuRate, network: results[0].network, runs,
    firstChart: summarize(runs.map((r) => r.firstChart)),
    fcp: summarize(runs.map((r) => r.fcp)),
    lcp: summarize(runs.map((r) => r.lcp)),
    scriptMs: summarize(runs.map((r) => r.scriptMs ?? null)),
  };
}

export interface PairedResult { reference: FirstChartResult; page: FirstChartResult; ratios: number[]; ratio: number | null; warmup?: { reference: ChartRun; page: ChartRun }[] }

/** Whether pair `i` times the page before the reference: pairs alternate (ref, page; page, ref; …), so neither side always goes first. */
export const pageFirst = (i: number) => i % 2 === 1;

/**
 * The reference page and `url` timed in turns, each run cold in its own context: load on a shared
 * machine that changes during the measurement weighs on both sides of each pair, so each pair's
 * ratio is a fairer figure than one median against another. `warmup` pairs come first and are not
 * counted (the browser's first loads pay once for what later ones share); the order within a pair
 * alternates (pageFirst), so whatever the run before leaves behind (a context closing) weighs on
 * both sides alike. `once` times one cold load (oneRun in the benchmark; a stand-in in tests).
 */
export async function pairRuns(once: (u: string) => Promise<ChartRun>, refUrl: string, url: string, pairs: number, warmup = 1) {
  const take = async (i: number) => {
    if (!pageFirst(i)) { const r = await once(refUrl); return { reference: r, page: await once(url) }; }
    const p = await once(url);
    return { reference: await once(refUrl), page: p };
  };
  const warm = [];
  for (let i = 0; i < warmup; i++) warm.push(await take(i));
  const counted = [];
  for (let i = 0; i < pairs; i++) counted.push(await take(i));
  const ratios = counted.flatMap(({ reference, page }) => (page.firstChart != null && reference.firstChart ? [page.firstChart / reference.firstChart] : []));
  return { warmup: warm, refRuns: counted.map((c) => c.reference), runs: counted.map((c) => c.page), ratios, ratio: median(ratios) };
}

export async function measurePaired(browser: Browser, refUrl: string, url: string, opts: FirstChartOptions & { warmup?: number }): Promise<PairedResult> {
  const cpuRate = opts.cpuRate ?? 4;
  const network = opts.network ?? null;
  const timeout = opts.timeoutMs ?? 30_000;
  const once = async (u: string) => {
    const run = await oneRun(browser, u, cpuRate, network, timeout);
    return run.error ? { ...(await oneRun(browser, u, cpuRate, network, timeout)), retriedAfter: run.error } : run;
  };
  const { warmup, refRuns, runs, ratios, ratio } = await pairRuns(once, url === refUrl ? url : refUrl, url, opts.runs, opts.warmup ?? 1);
  const result = (rs: ChartRun[]): FirstChartResult => ({
    cpuRate, network, runs: rs,
    firstChart: summarize(rs.map((r) => r.firstChart)), fcp: summarize(rs.map((r) => r.fcp)),
    lcp: summarize(rs.map((r) => r.lcp)), scriptMs: summarize(rs.map((r) => r.scriptMs ?? null)),
  });
  return { reference: result(refRuns), page: result(runs), ratios, ratio, warmup };
}
