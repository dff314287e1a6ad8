/**
 * `node scripts/bench/trace.ts /embed/strike-map/ [--runs 3] [--warmup 1] [--out dir]`: where an embed's time
 * to first chart goes, from a Chromium trace (devtools.timeline, 4× CPU as the benchmark, 412 px),
 * beside the zero-JS reference page traced the same way. Prints, per page, the main thread's
 * time up to the chart painted by kind of work (parse HTML, style, layout, paint, script, fonts)
 * and the first paint events. A tool for finding causes, not a target: `npm run bench` holds those.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { MOBILE } from './bytes.ts';
import { FIRST_CHART_INIT } from './first-chart.ts';
import { median } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.EMBED_DIST ?? join(ROOT, 'dist');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const runs = Number(opt('--runs') ?? 3);
// Uncounted runs first, as the benchmark's warm-up pair: the browser process's font caches are then warm, as in its timed pairs.
const warmup = Number(opt('--warmup') ?? 1);
const out = opt('--out');
const paths = args.length ? args : ['/embed/strike-map/'];

interface Ev { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; cat: string; args?: Record<string, any> }


async function traceOnce(browser: Awaited<ReturnType<typeof launchChromium>>, url: string) {
  const context = await browser.newContext(MOBILE);
  try {
    await context.addInitScript({ content: FIRST_CHART_INIT });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const events: Ev[] = [];
    cdp.on('Tracing.dataCollected', (d) => { events.push(...(d.value as unknown as Ev[])); });
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['fonts', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline.frame', 'rail', 'navigation'] },
    });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction('window.__benchFirstChart.firstChart !== null', undefined, { polling: 100 });
    const r = (await tab.evaluate('({ ...window.__benchFirstChart })')) as { firstChart: number; detectedAt: number; fcp: number };
    await cdp.send('Tracing.end');
    await done;
    return { r, events };
  } finally {
    await context.close();
  }
}

/** Kind of work of a trace event on the renderer's main thread (its self time is counted under it). */
function kindOf(name: string): string {
  if (name === 'ParseHTML') return 'parse HTML';
  if (name === 'ParseAuthorStyleSheet' || name.startsWith('CSSParserImpl')) return 'parse CSS';
  if (name === 'UpdateLayoutTree' || name.startsWith('Document::updateStyle') || name.includes('recalcStyle') || name.includes('rebuildLayoutTree')) return 'style';
  if (name === 'Layout' || name.includes('performLayout') || name.includes('ShapeText') || name.includes('SvgText')) return 'layout';
  if (/Paint|Layerize|Commit|Compositing|CullRect|Raster/.test(name)) return 'paint';
  if (/^(EvaluateScript|FunctionCall|EventDispatch|TimerFire|v8|V8|RunMicrotasks|FireAnimationFrame)/.test(name)) return 'script';
  if (/Font/.test(name)) return 'fonts';
  if (/Accessibility/.test(name)) return 'accessibility';
  return 'other';
}

/**
 * The page's renderer main thread from its navigation to the chart painted: thread CPU time
 * (tdur, which neither CPU throttling nor other processes' load stretch, so a steadier figure
 * than wall time on a shared machine) and wall time, by kind of work (self time of nested events).
 */
function analyse(events: Ev[], url: string, chartMs: number) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) throw new Error(`no navigationStart for ${url} in the trace`);
  const parse = events.find((e) => e.name === 'ParseHTML' && e.pid === nav.pid && e.args?.beginData?.url === url);
  const tid = parse?.tid ?? nav.tid;
  const t0 = nav.ts;
  const end = t0 + chartMs * 1000;
  const xs = events.filter((e) => e.pid === nav.pid && e.tid === tid && e.ph === 'X' && e.ts >= t0 && e.ts < end && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const cpu = new Map<string, number>();
  const wall = new Map<string, number>();
  const stack: { e: Ev; child: number; childCpu: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= until) {
      const { e, child, childCpu } = stack.pop()!;
      const kind = kindOf(e.name);
      const tdur = e.tdur ?? e.dur!;
      wall.set(kind, (wall.get(kind) ?? 0) + (e.dur! - child));
      cpu.set(kind, (cpu.get(kind) ?? 0) + Math.max(0, tdur - childCpu));
      if (stack.length) { stack.at(-1)!.child += e.dur!; stack.at(-1)!.childCpu += tdur; }
    }
  };
  for (const e of xs) { close(e.ts); stack.push({ e, child: 0, childCpu: 0 }); }
  close(Infinity);
  const ms = (us: number) => Math.round(us / 100) / 10;
  const sum = (m: Map<string, number>) => ms([...m.values()].reduce((a, b) => a + b, 0));
  const kinds = [...cpu.keys()].sort((a, b) => cpu.get(b)! - cpu.get(a)!);
  const layouts = events.filter((e) => e.pid === nav.pid && e.tid === tid && e.name === 'Layout' && e.ts >= t0 && e.ts < end)
    .map((e) => `${ms(e.ts - t0)}ms ${e.args?.beginData?.totalObjects ?? '?'} objects (${ms(e.dur!)} ms)`);
  const fonts = events.filter((e) => e.pid === nav.pid && e.name === 'RemoteFontLoaded' && e.ts >= t0 && e.ts < end + 500_000).map((e) => ms(e.ts - t0));
  const parses = events.filter((e) => e.pid === nav.pid && e.tid === tid && e.name === 'ParseHTML' && e.ts >= t0 && e.ts < end).map((e) => `${ms(e.ts - t0)}+${ms(e.dur!)}`);
  const before = events.filter((e) => e.pid === nav.pid && e.tid === tid && e.ts >= t0 && e.ts < end);
  const n = (name: string | RegExp) => before.filter((e) => (typeof name === 'string' ? e.name === name : name.test(e.name)) && (e.ph === 'X' || e.ph === 'I')).length;
  /** wall ms of the outermost events of a name (a lookup nested in another lookup counted once) */
  const outerMs = (name: string) => {
    let total = 0, until = -1;
    for (const e of before.filter((x) => x.name === name && x.ph === 'X' && x.dur).sort((a, b) => a.ts - b.ts)) {
      if (e.ts >= until) { total += e.dur!; until = e.ts + e.dur!; }
    }
    return ms(total);
  };
  // What the issue's trace counted: font lookups (blink's FontCache), the renderer's blocking calls
  // to the browser process for fonts (one per face and size for its render style, one per local() name),
  // and family matches (a generic family or local face resolved by fontconfig).
  const counts = {
    fontLookups: n('FontCache::GetFontPlatformData'),
    syncIpc: n(/^WebSandboxSupportLinux::/),
    localLookups: n('WebSandboxSupportLinux::MatchFontByPostscriptNameOrFullFontName'),
    familyMatches: n('FontDataManager::onMatchFamilyStyle'),
    fontMs: outerMs('FontCache::GetFontPlatformData'),
    layoutMs: ms(before.filter((e) => e.name === 'Layout' && e.ph === 'X').reduce((a, e) => a + (e.dur ?? 0), 0)),
    parseMs: ms(before.filter((e) => e.name === 'ParseHTML' && e.ph === 'X').reduce((a, e) => a + (e.dur ?? 0), 0)),
    // Thread CPU time to the chart painted: Chromium throttles by pausing the thread, and other processes'
    // load stretches wall time but barely this, so these are the figures to compare on a shared machine.
    cpuMs: sum(cpu),
    layoutCpuMs: ms(cpu.get('layout') ?? 0),
    parseCpuMs: ms(cpu.get('parse HTML') ?? 0),
    fontsCpuMs: ms(cpu.get('fonts') ?? 0),
  };
  return { counts, cpuTotal: sum(cpu), wallTotal: sum(wall), kinds: kinds.map((k) => `${k} ${ms(cpu.get(k)!)}/${ms(wall.get(k)!)}`), layouts, fonts, parses };
}

const site = await serveStatic(DIST, { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 0) });
const ref = await serveStatic(join(ROOT, 'scripts/bench/reference'), { host: '127.0.0.1', port: 0 });
const browser = await launchChromium();
try {
  for (const path of ['reference', ...paths]) {
    const url = path === "reference" ? ref.url + "/" : site.url + path;
    for (let i = 0; i < warmup; i++) await traceOnce(browser, url);
    const all: (Record<string, number> & { paintedMs: number })[] = [];
    for (let i = 0; i < runs; i++) {
      const { r, events } = await traceOnce(browser, url);
      const a = analyse(events, url, r.firstChart);
      all.push({ paintedMs: Math.round(r.firstChart), ...a.counts });
      console.log(`${path} run ${i + 1}: ${Object.entries(a.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      console.log(`${path} run ${i + 1}: chart painted ${r.firstChart.toFixed(0)} ms, FCP ${r.fcp?.toFixed(0)}; main thread to then: CPU ${a.cpuTotal} ms, wall ${a.wallTotal} ms`);
      console.log(`  by kind, CPU/wall ms: ${a.kinds.join(', ')}`);
      console.log(`  HTML parsed in chunks (at+ms): ${a.parses.join(' ')}; layouts: ${a.layouts.join('; ')}; web fonts in at ${a.fonts.join(', ') || '-'} ms`);
      if (out) { mkdirSync(out, { recursive: true }); writeFileSync(join(out, `${path.replace(/\W+/g, '_')}-${i + 1}.json`), JSON.stringify({ traceEvents: events })); }
    }
    const keys = Object.keys(all[0]);
    console.log(`${path} MEDIAN of ${runs} (after ${warmup} warm-up): ${keys.map((k) => `${k} ${median(all.map((x) => x[k]))}`).join(', ')}\n`);
  }
} finally {
  await browser.close();
  await site.close();
  await ref.close();
}
