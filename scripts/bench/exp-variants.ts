// temporary: paint experiments on page variants (not committed)
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { measurePaired } from './first-chart.ts';
import { median } from './stats.ts';
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.EMBED_DIST!;
const rounds = Number(process.env.ROUNDS ?? 5);
const paths = process.argv.slice(2);
const site = await serveStatic(DIST, { host: '127.0.0.1', port: 0 });
const ref = await serveStatic(join(ROOT, 'scripts/bench/reference'), { host: '127.0.0.1', port: 0 });
const browser = await launchChromium();
const res: Record<string, { ratios: number[]; ms: number[] }> = {};
for (let i = 0; i < rounds; i++) for (const p of paths) {
  const r = await measurePaired(browser, ref.url + '/', site.url + p, { runs: 1, cpuRate: 4 });
  (res[p] ??= { ratios: [], ms: [] }).ratios.push(...r.ratios);
  if (r.page.runs[0].firstChart) res[p].ms.push(r.page.runs[0].firstChart);
}
for (const [p, r] of Object.entries(res)) console.log(`${p.padEnd(40)} ratio ${median(r.ratios)?.toFixed(2)} [${r.ratios.map((x) => x.toFixed(2)).join(' ')}]  ms ${median(r.ms)?.toFixed(0)}`);
await browser.close(); await site.close(); await ref.close();
