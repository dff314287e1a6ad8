/**
 * Issue 16's embed budget, held by the build: a chart embed in a frame of 640 px or more (which
 * fetches the wide artboard too) weighs at most 30 KB gzipped in total, fonts included, as
 * `npm run bench` measures it in Chromium; here the same files are summed from dist/ (HTML, CSS and
 * wide.json gzipped at level 9, woff2 fonts as they are, the scripts the page loads by itself), so a
 * change that breaks the budget fails `npm test` before anyone runs the benchmark. The tooltip
 * script is not among them: it is fetched when the reader first points or focuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/lib/charts/registry';
import { DIST } from '../helpers/html';

const KB = 1024;
const BUDGET = 30 * KB;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const file = (url: string) => readFileSync(join(DIST, url.replace(/\/$/, '/index.html')));

/** What an embed's page loads by itself: its fonts and module scripts (not those in a <template>, which wait for the reader), with their imports. */
function loadedBy(page: string, live = page.replace(/<template\b[\s\S]*?<\/template>/g, '')) {
  const fonts = [...new Set([...live.matchAll(/\/_astro\/fonts\/[\w-]+\.woff2/g)].map((m) => m[0]))];
  const scripts = [...live.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  // a module script's static imports load with it
  const seen = new Set<string>();
  const walk = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    for (const m of file(url).toString().matchAll(/import\s*["']\.\/([^"']+)["']/g)) walk(url.replace(/[^/]+$/, m[1]));
  };
  scripts.forEach(walk);
  return { fonts, scripts: [...seen] };
}

describe('a chart embed in a wide frame', () => {
  it.each(CHARTS.map((c) => c.id))('%s: page, fonts, scripts and wide artboard at most 30 KB gzipped in all', (id) => {
    const page = file(`/embed/${id}/`).toString();
    const { fonts, scripts } = loadedBy(page);
    const parts = {
      html: gz(page),
      fonts: fonts.reduce((s, u) => s + file(u).length, 0),
      js: scripts.reduce((s, u) => s + gz(file(u)), 0),
      wide: gz(file(`/embed/${id}/wide.json`)),
    };
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    expect(total, `${id}: ${JSON.stringify(parts)} = ${total} B`).toBeLessThanOrEqual(BUDGET);
  });

  it.each(CHARTS.map((c) => c.id))('%s: loads no tooltip script before the reader points or focuses', (id) => {
    const page = file(`/embed/${id}/`).toString();
    const loaded = loadedBy(page).scripts.map((u) => file(u).toString()).join('\n') + page;
    // the tooltip script is the file tips-on-demand.ts fetches on first use (src/scripts/tips-on-demand.ts)
    const tips = [...loaded.matchAll(/["'`](\/_astro\/tips[\w.-]*\.js)["'`]/g)].map((m) => m[1]);
    expect(tips.length, `${id}: the on-demand loader names the tooltip script`).toBeGreaterThan(0);
    expect(loadedBy(page).scripts.filter((u) => tips.includes(u)), id).toEqual([]);
  });

  it.each(CHARTS.map((c) => c.id))('%s: its inline stylesheet keeps a rule for every class of its wide artboard that the full embed stylesheet styles', (id) => {
    const page = file(`/embed/${id}/`).toString();
    const held = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    const styled = (css: string) => new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1].replace(/\\/g, '')));
    const own = styled(held);
    // another chart's own stylesheet does not style this chart (it shares class names like chart-svg)
    for (const f of readdirSync('src/styles/charts').filter((f) => f !== `${id}.css` && f !== 'kit.css')) for (const c of styled(readFileSync(join('src/styles/charts', f), 'utf8'))) own.add(c);
    const { html } = JSON.parse(file(`/embed/${id}/wide.json`).toString()) as { html: string };
    const wideClasses = [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean);
    // the classes the unpruned stylesheets style: the pages' site stylesheet holds every chart's rules
    const siteCss = readFileSync(join(DIST, /<link rel="stylesheet" href="([^"]+)"/.exec(file('/what-happened/').toString())![1]), 'utf8');
    const site = styled(siteCss);
    expect(wideClasses.filter((c) => site.has(c) && !own.has(c)), id).toEqual([]);
  });
});
