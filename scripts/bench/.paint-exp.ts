import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { FIRST_CHART_INIT } from './first-chart.ts';
import { MOBILE } from './bytes.ts';
import { REFERENCE_DIR } from './run.ts';

const site = await serveStatic('dist', { host: '127.0.0.1', port: 4317 });
const ref = await serveStatic(REFERENCE_DIR, { host: '127.0.0.1', port: 0 });
const browser = await launchChromium();
const base = 'http://localhost:4317';
type Variant = 'asis' | 'nofont' | 'inlinecss' | 'both';
async function run(url: string, v: Variant): Promise<number> {
  const ctx = await browser.newContext(MOBILE);
  await ctx.addInitScript({ content: FIRST_CHART_INIT });
  if (v === 'nofont' || v === 'both') await ctx.route(/\.woff2$/, (r) => r.abort());
  if (v === 'inlinecss' || v === 'both') await ctx.route(/\/embed\/[a-z-]+\/$/, async (r) => {
    const resp = await r.fetch();
    let html = await resp.text();
    html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, href) => `<style>${readFileSync(join('dist', href), 'utf8')}</style>`)
      .replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
    await r.fulfill({ response: resp, body: html, headers: { ...resp.headers(), 'content-security-policy': '' } });
  });
  const tab = await ctx.newPage();
  const cdp = await ctx.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction('window.__benchFirstChart.firstChart !== null', undefined, { timeout: 30000, polling: 100 });
  const t = (await tab.evaluate('window.__benchFirstChart.firstChart')) as number;
  await ctx.close();
  return t;
}
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const ids = process.argv.slice(2);
const variants: Variant[] = ['asis', 'nofont', 'inlinecss', 'both'];
const res: Record<string, number[]> = {};
const N = 7;
for (let i = 0; i < N; i++) {
  (res.ref ??= []).push(await run(ref.url.replace('127.0.0.1', 'localhost') + '/', 'asis'));
  for (const id of ids) for (const v of variants) (res[`${id} ${v}`] ??= []).push(await run(`${base}/embed/${id}/`, v));
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(30), 'median', Math.round(med(v)), 'ratio', (med(v) / med(res.ref)).toFixed(2), v.map(Math.round).join(' '));
await browser.close(); await site.close(); await ref.close();
