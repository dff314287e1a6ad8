/**
 * After `astro build`: each chart's SVG and 2× PNG downloads and its oEmbed document, drawn by
 * real Chromium from the chart's own embed page, so downloads match what readers see.
 * The SVG is self-contained: styles inlined, fonts embedded, title, sources and credit inside.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { composeDownloadSvg, type DownloadText } from './compose.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { sourceLine } from '../../src/lib/charts/sources.ts';
import { plainData } from '../../src/lib/charts/types.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatDate } from '../../src/lib/data/asOf.ts';
import { SITE_NAME } from '../../src/lib/site/nav.ts';

interface ChartEntry { id: string; title: string; page: string; embed: string; embedCode: string; downloads: { svg: string; png: string }; dataAsOf: string }

const require = createRequire(import.meta.url);
const font = async (pkg: string, file: string) => (await readFile(require.resolve(`@fontsource-variable/${pkg}/files/${file}`))).toString('base64');
const FONTS = {
  sans: await font('inter', 'inter-latin-wght-normal.woff2'),
  serif: await font('source-serif-4', 'source-serif-4-latin-wght-normal.woff2'),
};

if (!existsSync('dist/charts.json')) {
  console.error('npm run downloads: dist/charts.json is missing: build the site first with "npm run build" (or "npx astro build" for the pages alone).');
  process.exit(1);
}
const started = performance.now();
const { charts } = JSON.parse(await readFile('dist/charts.json', 'utf8')) as { charts: ChartEntry[] };
// The words around each download come from the chart's model, computed as the pages compute it.
const { tree, problems } = await loadContent(process.env.CONTENT_ROOT ?? 'content');
if (problems.length) throw new Error(`downloads: the content has problems; run npm run content:check (${problems.length})`);
const data = plainData(tree);
function textOf(chart: ChartEntry): DownloadText {
  const def = CHARTS.find((c) => c.id === chart.id);
  if (!def) throw new Error(`downloads: charts.json lists "${chart.id}", which the registry does not have`);
  const model = def.compute(data);
  const sources = model.sources.map((s) => `${s.publisher}, “${s.title}” (${formatDate(s.date)})${s.url ? ` ${s.url}` : ''}`).join('; ');
  return {
    title: def.title,
    subtitle: def.subtitle,
    sourceLine: `${sourceLine(model)}.`,
    credit: `Chart: ${SITE_NAME} · Data as of ${formatDate(chart.dataAsOf)} · ${chart.page}#${chart.id}`,
    desc: `${model.summary} ${model.notes.join(' ')} Sources: ${sources}.`,
  };
}
const site = await serveStatic('dist');
const browser = await launchChromium();
await mkdir('dist/oembed', { recursive: true });
try {
  for (const chart of charts) {
    const context = await browser.newContext({ viewport: { width: 800, height: 1000 }, deviceScaleFactor: 2, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}/embed/${chart.id}/?theme=light`);
    // The embed page fetches its wide artboard (wide.json) once it sees a frame this wide.
    await page.waitForSelector('.chart-art--wide svg', { state: 'attached' });
    await page.evaluate(() => document.fonts.ready);
    const svg = await page.evaluate(composeDownloadSvg, { fonts: FONTS, text: textOf(chart) });
    await writeFile(`dist/charts/${chart.id}.svg`, svg.markup);
    // The PNG is the same SVG, drawn alone by Chromium at twice its size.
    await page.goto('about:blank'); // a fresh document: the embed page's CSP would block the inlined styles
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg.markup}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const png = await page.locator('svg').first().screenshot({ omitBackground: false });
    await writeFile(`dist/charts/${chart.id}.png`, png);
    const oembed = {
      version: '1.0',
      type: 'rich',
      provider_name: 'Pakistan–Afghanistan 2026: the explainer',
      provider_url: new URL('/', chart.embed).href,
      title: chart.title,
      html: chart.embedCode,
      width: 720,
      height: Number(/height="(\d+)"/.exec(chart.embedCode)?.[1] ?? 600),
      thumbnail_url: chart.downloads.png,
      thumbnail_width: svg.width * 2,
      thumbnail_height: svg.height * 2,
      cache_age: 86400,
    };
    await writeFile(`dist/oembed/${chart.id}.json`, JSON.stringify(oembed, null, 2) + '\n');
    console.log(`downloads: ${chart.id} svg ${svg.markup.length} B, png ${png.length} B (${svg.width * 2}×${svg.height * 2})`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`downloads: ${charts.length} charts in ${Math.round(performance.now() - started)} ms`);
