/**
 * After `astro build`: each chart's SVG and 2× PNG downloads, its oEmbed document, and its social
 * card (the card's source and the chart drawn for it, which `npm run cards` rasterises). The words
 * (title, subtitle, source line, credit, and the full provenance in <desc>) come from the chart's
 * model; the drawing is the chart's built wide artboard (dist/embed/<id>/wide.json, every view a
 * desktop reader sees) under the chart's own stylesheet, its styles written inline by real
 * Chromium, which also rasterises the PNG. The canvas takes a standard aspect (compose.ts).
 * The SVG is self-contained: styles inlined, fonts embedded.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { cardViews, combineViews, cropView, cutsOf, frameDownloadSvg, frameSpecs, styledViews, textAbove, wrapInPage, type DownloadText, type StyledView } from './compose.ts';
import { chartArtPath, chartCardSpec } from '../../src/lib/cards/specs.ts';
import { CARD_MIN_TEXT, awaitingSpec, cardSvg, cardTextPx, chartBottom, chartCardLayout, readableHeight } from '../../src/lib/cards/svg.ts';
import { sourceLine } from '../../src/lib/charts/sources.ts';
import type { SourceRef } from '../../src/lib/charts/types.ts';
import { formatDate } from '../../src/lib/data/asOf.ts';
import { SITE_NAME } from '../../src/lib/site/nav.ts';

/** A chart as dist/charts.json lists it: the words of the model the build computed (src/pages/charts.json.ts). */
interface ChartEntry {
  id: string; title: string; subtitle: string; page: string; embed: string; embedCode: string; downloads: { svg: string; png: string }; dataAsOf: string;
  summary: string; notes: string[]; sourceLine: string; originators: string[]; sources: SourceRef[];
}

const require = createRequire(import.meta.url);
const font = async (pkg: string, file: string) => (await readFile(require.resolve(`@fontsource-variable/${pkg}/files/${file}`))).toString('base64');
const FONTS = {
  sans: await font('inter', 'inter-latin-wght-normal.woff2'),
  serif: await font('source-serif-4', 'source-serif-4-latin-wght-normal.woff2'),
};
// the same faces in the composing page, so text is measured in the fonts the download embeds
const fontFaces = `<style>@font-face{font-family:Inter;font-weight:100 900;src:url(data:font/woff2;base64,${FONTS.sans}) format("woff2")}@font-face{font-family:'Source Serif 4';font-weight:200 900;src:url(data:font/woff2;base64,${FONTS.serif}) format("woff2")}:root{--font-chart:Inter,system-ui,sans-serif;--font-sans-ui:Inter;--font-serif-body:'Source Serif 4'}</style>`;

if (!existsSync('dist/charts.json')) {
  console.error('npm run downloads: dist/charts.json is missing: build the site first with "npm run build" (or "npx astro build" for the pages alone).');
  process.exit(1);
}
const started = performance.now();
const { charts } = JSON.parse(await readFile('dist/charts.json', 'utf8')) as { charts: ChartEntry[] };
// The words around each download are the model's, as the build computed it once (charts.json).
function textOf(chart: ChartEntry): DownloadText & { originators: string[] } {
  const sources = chart.sources.map((s) => `${s.publisher}, “${s.title}” (${formatDate(s.date)})${s.url ? ` ${s.url}` : ''}`).join('; ');
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    sourceLine: `${chart.sourceLine}.`,
    // the chart's address is where every source is listed in full
    credit: `Chart: ${SITE_NAME} · Data as of ${formatDate(chart.dataAsOf)} · Sources in full: ${chart.page}#${chart.id}`,
    desc: `${chart.summary} ${chart.notes.join(' ')} Sources: ${sources}.`,
    originators: chart.originators,
  };
}
const site = await serveStatic('dist');
const browser = await launchChromium();
await mkdir('dist/oembed', { recursive: true });
await mkdir('dist/cards/art', { recursive: true });
await mkdir('dist/cards/charts', { recursive: true });
const pageCards = existsSync('dist/cards/pages') ? readdirSync('dist/cards/pages').filter((f) => f.endsWith('.svg')).map((f) => `dist/cards/pages/${f}`) : [];
try {
  for (const chart of charts) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, deviceScaleFactor: 2, colorScheme: 'light' });
    const page = await context.newPage();
    // the built artboard under the chart's own stylesheet (the one its embed holds), in a frame
    // as wide as a desktop figure, so the chart's CSS picks the view a desktop reader sees
    const { html } = JSON.parse(await readFile(`dist/embed/${chart.id}/wide.json`, 'utf8')) as { html: string };
    const embedHtml = await readFile(`dist/embed/${chart.id}/index.html`, 'utf8');
    // the embed's stylesheets are inline (src/layouts/Embed.astro); its @font-face rules are fontFaces below
    const sheets = [...embedHtml.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).filter((css) => !css.startsWith('@font-face')).map((css) => `<style>${css}</style>`);
    // a blank document at the site's origin (so the stylesheet loads), without any page's CSP
    await page.route(`${site.url}/download-composer`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>composer</title>' }));
    await page.goto(`${site.url}/download-composer`);
    await page.setContent(`<!doctype html><html lang="en" class="light"><head>${sheets.join('')}${fontFaces}</head><body style="margin:0;width:1000px"><figure class="chart" data-chart="${chart.id}"><div class="chart-art"><div class="chart-art--wide">${html}</div></div></figure></body></html>`);
    await page.evaluate(() => document.fonts.ready);
    // every view a desktop reader sees, one under the other: the source line names what they show
    const views = await page.evaluate(styledViews);
    const view = combineViews(views);
    const text = textOf(chart);
    const lines = await page.evaluate(wrapInPage, frameSpecs(text, view.width));
    const svg = frameDownloadSvg({ fonts: FONTS, text, view, lines });
    await writeFile(`dist/charts/${chart.id}.svg`, svg.markup);
    // The PNG is the same SVG, drawn alone by Chromium at twice its size.
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg.markup}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const png = await page.locator('svg').first().screenshot({ omitBackground: false });
    await writeFile(`dist/charts/${chart.id}.png`, png);
    // The social card's chart: the lead view, or as many of the download's views as its source
    // line needs (cardViews), at 2× without the frame; scripts/cards inlines it, then removes it.
    // The card's source is written here, since laying the whole chart out needs the views' size.
    // Where that whole drawing would put its text under CARD_MIN_TEXT, the card shows the top of
    // the lead view instead, cut between rows, and sends readers to the whole chart.
    let cardSource = text.sourceLine.replace(/\.$/, '');
    const drawAlone = async (v: StyledView) => {
      await page.setContent(`<!doctype html><html><head>${fontFaces}</head><body style="margin:0">${v.markup.replace(/^<svg\b/, `<svg width="${v.width}" height="${v.height}"`)}</body></html>`);
      await page.evaluate(() => document.fonts.ready);
    };
    // views side by side or stacked, whichever the card draws larger: casualty claims' tall views
    // side by side, force balance's wide ones stacked
    const onCard = (v: StyledView) => chartCardLayout(text.title, v, chartBottom(cardSource)).scale;
    const onCardViews = cardViews(views, text.originators);
    const arranged = (dir: 'row' | 'column') => combineViews(onCardViews, dir);
    let shown = views.length > 1 ? [arranged('row'), arranged('column')].sort((a, b) => onCard(b) - onCard(a))[0] : view;
    await drawAlone(shown);
    let textPx = cardTextPx(text.title, shown, (await page.evaluate(cutsOf)).minText, cardSource);
    let part = false;
    if (textPx < CARD_MIN_TEXT) {
      await drawAlone(views[0]);
      const { minText, cuts } = await page.evaluate(cutsOf);
      const fit = readableHeight(text.title, views[0], minText, cuts, cardSource);
      part = views.length > 1 || fit.height < views[0].height;
      // the card's source line names the originators of what it shows
      const drawn = await page.evaluate(textAbove, fit.height);
      const named = text.originators.filter((o) => drawn.includes(o));
      if (part && named.length) cardSource = sourceLine({ originators: named, sources: [] });
      shown = cropView(views[0], fit.height);
      textPx = fit.textPx;
      await drawAlone(shown);
    }
    await page.locator('svg').first().screenshot({ path: `dist${chartArtPath(chart.id)}`, omitBackground: true });
    const more = part ? `The whole chart: ${chart.page.replace(/^https?:\/\//, '')}#${chart.id}` : undefined;
    const spec = chartCardSpec({ id: chart.id, title: text.title, subtitle: text.subtitle }, cardSource, shown, chart.dataAsOf);
    await writeFile(`dist/cards/charts/${chart.id}.svg`, cardSvg({ ...spec, image: { ...spec.image!, more } }));
    console.log(`cards: ${chart.id} chart text at ${textPx.toFixed(1)} px on the card (${part ? `the lead view's top ${shown.height} of ${views[0].height} units` : shown === view ? 'the whole chart' : 'the views it names'})`);
    // page cards showing this chart (written by the Astro build) are laid out again with its size
    for (const file of pageCards) {
      const spec = awaitingSpec(await readFile(file, 'utf8'));
      if (spec?.image?.href === chartArtPath(chart.id)) await writeFile(file, cardSvg({ ...spec, image: { ...spec.image, width: shown.width, height: shown.height } }));
    }
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
    console.log(`downloads: ${chart.id} svg ${svg.markup.length} B, png ${png.length} B (${svg.width * 2}×${svg.height * 2}, ${svg.aspect})`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`downloads: ${charts.length} charts in ${Math.round(performance.now() - started)} ms`);
