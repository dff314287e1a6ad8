/**
 * The published embed code on a host page served from another origin: frames size themselves to
 * their content at phone, tablet and desktop widths, shrink as well as grow, ignore forged
 * messages, and still read when the host script is missing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

interface ChartEntry { id: string; title: string; embed: string; embedCode: string }
const { charts } = JSON.parse(readFileSync('dist/charts.json', 'utf8')) as { charts: ChartEntry[] };
const builtOrigin = new URL(charts[0].embed).origin;

let browser: Browser;
let site: StaticServer;
let host: Server;
let hostUrl: string;

/** A host article with every chart's published embed code, pointed at the test server. */
function hostPage(withScript: boolean, forged: boolean): string {
  const codes = charts.map((c) => {
    let code = c.embedCode.replaceAll(builtOrigin, site.url);
    if (!withScript) code = code.replace(/<script[^>]*><\/script>/, '');
    return `<section><h2>Article text before ${c.id}</h2><p>Lorem ipsum.</p>${code}</section>`;
  }).join('\n');
  const forger = forged
    ? `<iframe id="forger" srcdoc="<script>setInterval(()=>{for (const id of ${JSON.stringify(charts.map((c) => c.id)).replace(/"/g, '&quot;')}) parent.postMessage({type:'pa-explainer:height',id,height:7},'*')},50)</script>"></iframe>`
    : '';
  return `<!doctype html><html><head><meta name="viewport" content="width=device-width"><style>body{margin:0 auto;max-width:100%;padding:0 8px;font-family:serif}</style></head><body>${codes}${forger}
<script>window.seen=[];addEventListener('message',(e)=>seen.push(typeof e.data==='string'?e.data:JSON.stringify(e.data)));</script></body></html>`;
}

beforeAll(async () => {
  site = await serveStatic('dist');
  browser = await launchChromium();
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(url.searchParams.get('script') !== '0', url.searchParams.get('forged') === '1'));
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  hostUrl = `http://127.0.0.1:${(host.address() as { port: number }).port}`;
  expect(new URL(hostUrl).origin).not.toBe(new URL(site.url).origin);
});
afterAll(async () => { await browser?.close(); await site?.close(); host?.closeAllConnections(); await new Promise((ok) => host?.close(ok)); });

/** For each embed: iframe height, content height and whether the frame scrolls inside. */
async function measure(page: Page) {
  const out: { id: string; frame: number; content: number; scrolls: boolean }[] = [];
  for (const c of charts) {
    const el = page.locator(`iframe[data-pa-embed="${c.id}"]`);
    await el.scrollIntoViewIfNeeded();
    const frame = (await el.elementHandle())!;
    const inner = (await frame.contentFrame())!;
    await inner.waitForLoadState('load');
    await inner.evaluate(() => document.fonts.ready);
    const read = async () => {
      const frameHeight = await el.evaluate((f) => (f as HTMLIFrameElement).clientHeight);
      const inside = await inner.evaluate(() => ({
        content: document.body.getBoundingClientRect().height,
        scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
      }));
      return { frameHeight, ...inside };
    };
    // Messages are asynchronous: give a frame up to two seconds to settle before judging it.
    let r = await read();
    for (let i = 0; i < 20 && (r.scrolls || Math.abs(r.frameHeight - r.content) > 4); i++) { await page.waitForTimeout(100); r = await read(); }
    const { frameHeight, content, scrolls } = r;
    out.push({ id: c.id, frame: frameHeight, content, scrolls });
  }
  return out;
}

async function settle(page: Page) {
  await page.waitForTimeout(300);
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = JSON.stringify(await page.locator('iframe[data-pa-embed]').evaluateAll((fs) => fs.map((f) => (f as HTMLIFrameElement).clientHeight)));
    if (now === last) return;
    last = now;
    await page.waitForTimeout(250);
  }
}

describe('with the host script', () => {
  test.each([320, 768, 1200])('at %i px every frame is as tall as its chart: no inner scrollbar, no gap over 4 px', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}/`);
    for (const c of charts) await page.locator(`iframe[data-pa-embed="${c.id}"]`).scrollIntoViewIfNeeded();
    await settle(page);
    for (const m of await measure(page)) {
      expect(m.scrolls, `${m.id} scrolls inside its frame`).toBe(false);
      expect(m.frame - m.content, `${m.id}: frame ${m.frame}, content ${m.content}`).toBeGreaterThanOrEqual(0);
      expect(m.frame - m.content, `${m.id}: frame ${m.frame}, content ${m.content}`).toBeLessThanOrEqual(4);
    }
    // The fallback image is hidden once the frame has proved it works.
    expect(await page.locator('[data-pa-fallback]:visible').count()).toBe(0);
    await context.close();
  });

  test('frames shrink when the page gets wider, and grow back', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}/`);
    for (const c of charts) await page.locator(`iframe[data-pa-embed="${c.id}"]`).scrollIntoViewIfNeeded();
    await settle(page);
    const narrow = await measure(page);
    await page.setViewportSize({ width: 1200, height: 900 });
    await settle(page);
    const wide = await measure(page);
    const shrunk = wide.filter((w, i) => w.frame < narrow[i].frame);
    expect(shrunk.length, 'at least most frames are shorter when wide').toBeGreaterThanOrEqual(charts.length - 1);
    for (const w of wide) expect(w.frame - w.content).toBeLessThanOrEqual(4);
    await page.setViewportSize({ width: 320, height: 900 });
    await settle(page);
    const again = await measure(page);
    again.forEach((a, i) => expect(Math.abs(a.frame - narrow[i].frame), a.id).toBeLessThanOrEqual(4));
    await context.close();
  });

  test('a frame posting forged height messages changes nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 768, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}/?forged=1`);
    for (const c of charts) await page.locator(`iframe[data-pa-embed="${c.id}"]`).scrollIntoViewIfNeeded();
    await settle(page);
    await page.waitForTimeout(500);
    for (const m of await measure(page)) {
      expect(m.frame, `${m.id} was resized by a forged message`).toBeGreaterThan(50);
      expect(m.frame - m.content).toBeLessThanOrEqual(4);
    }
    await context.close();
  });

  test('the embed also speaks the pym.js, Datawrapper, AMP and Embedly dialects', async () => {
    const context = await browser.newContext({ viewport: { width: 768, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}/`);
    await settle(page);
    const seen = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).join('\n');
    const id = charts[0].id;
    expect(seen).toMatch(new RegExp(`pymxPYMx${id}xPYMxheightxPYMx\\d+`));
    expect(seen).toMatch(new RegExp(`"datawrapper-height":\\{"${id}":\\d+\\}`));
    expect(seen).toMatch(/"sentinel":"amp","type":"embed-size","height":\d+/);
    expect(seen).toMatch(/"context":"iframe\.resize","height":\d+/);
    await context.close();
  });
});

test('without the host script every chart still reads: the frame keeps its fixed height and scrolls', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${hostUrl}/?script=0`);
  for (const c of charts) {
    const el = page.locator(`iframe[data-pa-embed="${c.id}"]`);
    await el.scrollIntoViewIfNeeded();
    expect(Number(await el.getAttribute('height'))).toBeGreaterThan(300);
    const inner = (await (await el.elementHandle())!.contentFrame())!;
    await inner.waitForLoadState('load');
    expect(await inner.locator('figure h1, figure h2, figure h3').first().textContent()).toBe(c.title);
    const svgWidth = await inner.locator('figure svg').evaluateAll((svgs) => Math.max(...svgs.map((s) => s.getBoundingClientRect().width)));
    expect(svgWidth).toBeGreaterThan(250);
    expect(await inner.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe('hidden');
  }
  await context.close();
});

describe('embed pages', () => {
  test.each(charts.map((c) => c.id))('%s: no site navigation, noindex, canonical to the article, provenance inside', async (id) => {
    const context = await browser.newContext({ viewport: { width: 600, height: 800 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}/embed/${id}/`);
    expect(await page.locator('nav[aria-label="Site"]').count()).toBe(0);
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex, indexifembedded');
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(new RegExp(`#${id}$`));
    expect(await page.locator('link[rel=alternate][type="application/json+oembed"]').getAttribute('href')).toMatch(new RegExp(`/oembed/${id}\\.json$`));
    // the source line and credit under the plot; the full provenance one tap away
    expect(await page.locator('.chart-credit').isVisible()).toBe(true);
    expect(await page.locator('.chart-provenance .chart-sources [data-source]').count()).toBeGreaterThan(0);
    expect(await page.locator('.embed-credit').textContent()).toMatch(/Data as of \d+ \w+ \d{4}/);
    // Themes: auto follows the system (dark here); light and dark can be forced.
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await page.goto(`${site.url}/embed/${id}/?theme=light`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(false);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.url}/embed/${id}/?theme=dark`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await context.close();
  });
});

test('the host script is under 2 KB gzipped and has no dependencies', async () => {
  const { gzipSync } = await import('node:zlib');
  const js = readFileSync('dist/embed.js');
  expect(gzipSync(js).length).toBeLessThan(2048);
  expect(js.toString()).not.toMatch(/\bimport\b|\brequire\(/);
});
