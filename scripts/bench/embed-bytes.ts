/**
 * `node scripts/bench/embed-bytes.ts`: the chart embeds' bytes at 412 px and in a 720 px frame,
 * every request listed (a quick look at what an embed costs, without the whole benchmark).
 */
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { measureBytes, MOBILE, WIDE_FRAME } from './bytes.ts';
import { listPages } from './pages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const verbose = process.argv.includes('--verbose');
const pages = (await listPages(DIST, 2)).filter((p) => p.kind === 'embed');
const site = await serveStatic(DIST, { host: '127.0.0.1', port: Number(process.env.BENCH_PORT ?? 0) });
const base = site.url.replace('127.0.0.1', 'localhost');
const browser = await launchChromium();
try {
  for (const p of pages) {
    const row: string[] = [];
    for (const [label, device] of [['412', MOBILE], ['720', WIDE_FRAME]] as const) {
      const b = await measureBytes(browser, base, p, DIST, device);
      row.push(`${label}: ${b.total.gz} B`);
      if (verbose) for (const r of b.requests) console.log(`   ${label} ${r.group.padEnd(5)} ${String(r.gz).padStart(6)} ${new URL(r.url).pathname}`);
    }
    console.log(`${p.path.padEnd(40)} ${row.join('  ')}`);
  }
} finally {
  await browser.close();
  await site.close();
}
