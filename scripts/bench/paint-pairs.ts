/**
 * `node scripts/bench/paint-pairs.ts [--pairs 9] [--dist a,b] /embed/strike-map/ …`: the benchmark's
 * paint ratio (median of the paired embed ÷ zero-JS reference ratios, after one warm-up pair, 4× CPU)
 * for a few pages, without the rest of the benchmark. With several --dist folders (built sites, or
 * copies with one change each) every page is timed in each of them in turn, pair by pair, so load
 * on a shared machine weighs on every variant alike: a tool for choosing between levers. The
 * target itself is held by `npm run bench`.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { measurePaired } from './first-chart.ts';
import { median } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const pairs = Number(opt('--pairs') ?? 9);
const rounds = Number(opt('--rounds') ?? 1);
const dists = (opt('--dist') ?? join(ROOT, 'dist')).split(',').map((d) => resolve(d));
const paths = args.length ? args : ['/embed/strike-map/'];
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

const ref = await serveStatic(join(ROOT, 'scripts/bench/reference'), { host: '127.0.0.1', port: 0 });
const sites = await Promise.all(dists.map((d) => serveStatic(d, { host: '127.0.0.1', port: 0 })));
const browser = await launchChromium();
const ratios = new Map<string, number[]>();
try {
  console.log(`load average at start: ${load()}`);
  // Rounds of `pairs` pairs for each page in each folder in turn: a burst of load lands on every variant.
  for (let round = 0; round < rounds; round++) {
    for (const path of paths) {
      for (const [i, site] of sites.entries()) {
        const r = await measurePaired(browser, ref.url + '/', site.url + path, { runs: pairs, cpuRate: 4, network: null, warmup: 1 });
        const key = `${path} ${dists[i]}`;
        ratios.set(key, [...(ratios.get(key) ?? []), ...r.ratios.filter((x): x is number => x !== null)]);
        console.log(`${path} [${dists[i]}] round ${round + 1}: ratio ${r.ratio?.toFixed(2)}, reference ${r.reference.firstChart.median?.toFixed(0)} ms, embed ${r.page.firstChart.median?.toFixed(0)} ms (load ${load()})`);
      }
    }
  }
  if (rounds > 1) for (const [key, rs] of ratios) console.log(`${key}: median of ${rs.length} ratios ${median(rs)?.toFixed(2)}`);
  console.log(`load average at end: ${load()}`);
} finally {
  await browser.close();
  await Promise.all([...sites.map((s) => s.close()), ref.close()]);
}
