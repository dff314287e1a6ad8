/**
 * Bytes a page costs a reader: every request Chromium makes while loading it (document, CSS, JS,
 * fonts, images…, frames included), grouped, with three sizes per request:
 *  - raw:  the file's size in dist/;
 *  - gz:   what a static host sends compressed: gzip level 9 (zlib) of the file for the types the
 *          server compresses (text, JSON, XML, SVG), the raw size for the rest (woff2, PNG and PDF
 *          are compressed formats already);
 *  - wire: what Chromium reports it received from the local server (encoded body + response
 *          headers; that server gzips at zlib's default level 6 and sends a ~2 KB CSP header).
 * JS also counts the inline `<script>`s of every document loaded (they are JS the page runs,
 * delivered inside the HTML): "JS" in the report is external files + inline scripts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import type { BenchPage } from './pages.ts';

export const GROUPS = ['html', 'css', 'js', 'font', 'other'] as const;
export type Group = (typeof GROUPS)[number];

/** The mobile-like viewport every page is loaded at (Lighthouse's mobile screen size). */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** Same rule as scripts/lib/static-server.ts: the content types a host compresses. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

const EXT_GROUP: Record<string, Group> = {
  '.html': 'html', '.htm': 'html', '.css': 'css', '.js': 'js', '.mjs': 'js',
  '.woff2': 'font', '.woff': 'font', '.ttf': 'font', '.otf': 'font',
};

/** Which group a request belongs to: by Chromium's resource type, then content type, then extension. */
export function classify(r: { url: string; resourceType: string; contentType?: string | null }): Group {
  const ct = (r.contentType ?? '').toLowerCase();
  switch (r.resourceType) {
    case 'document': return 'html';
    case 'stylesheet': return 'css';
    case 'script': return 'js';
    case 'font': return 'font';
  }
  if (ct.startsWith('text/html')) return 'html';
  if (ct.startsWith('text/css')) return 'css';
  if (/(java|ecma)script/.test(ct)) return 'js';
  if (ct.startsWith('font/') || ct.includes('font-woff')) return 'font';
  let ext = '';
  try { ext = extname(new URL(r.url).pathname).toLowerCase(); } catch { /* not a URL: no extension */ }
  return EXT_GROUP[ext] ?? 'other';
}

export const gzip9 = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/** Size as a host sends it: gzip -9 for compressible types, raw otherwise. */
export function servedSize(data: Buffer, contentType: string | null | undefined): number {
  return COMPRESSIBLE.test((contentType ?? '').toLowerCase()) ? gzip9(data) : data.length;
}

/** The JS of a document's inline scripts (no src; classic or module; not JSON or other data blocks). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1].toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    if (m[2].trim()) out.push(m[2]);
  }
  return out;
}

/** The dist/ file a same-origin URL path is served from (as the static server maps it), or null. */
export function distFileFor(dist: string, urlPath: string): string | null {
  const base = normalize(dist);
  let file = normalize(join(base, decodeURIComponent(urlPath)));
  if (!file.startsWith(base)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export interface RequestRecord {
  url: string;
  resourceType: string;
  contentType: string | null;
  status: number | null;
  group: Group;
  /** file size in dist/ (null: not a dist file) */
  raw: number | null;
  /** gzip -9 for text types, raw for the rest (null: not a dist file) */
  gz: number | null;
  /** encoded body bytes Chromium received */
  wireBody: number;
  wireHeaders: number;
  failure?: string;
}

export interface GroupTotals { requests: number; raw: number; gz: number; wire: number }
export interface InlineJs { scripts: number; raw: number; gz: number }

export interface ByteTotals {
  groups: Record<Group, GroupTotals>;
  /** every request */
  total: GroupTotals;
  /** inline scripts of the documents loaded (inside the HTML figures too) */
  inlineJs: InlineJs;
  /** JS the page runs: external JS files + inline scripts */
  jsAll: { raw: number; gz: number };
}

const zero = (): GroupTotals => ({ requests: 0, raw: 0, gz: 0, wire: 0 });

/** Group totals of the requests; a request with no dist file counts its wire body as raw and gz. */
export function totals(records: readonly RequestRecord[], inlineJs: InlineJs = { scripts: 0, raw: 0, gz: 0 }): ByteTotals {
  const groups = Object.fromEntries(GROUPS.map((g) => [g, zero()])) as Record<Group, GroupTotals>;
  const total = zero();
  for (const r of records) {
    for (const t of [groups[r.group], total]) {
      t.requests += 1;
      t.raw += r.raw ?? r.wireBody;
      t.gz += r.gz ?? r.wireBody;
      t.wire += r.wireBody + r.wireHeaders;
    }
  }
  return { groups, total, inlineJs, jsAll: { raw: groups.js.raw + inlineJs.raw, gz: groups.js.gz + inlineJs.gz } };
}

/** Inline JS of the given documents' HTML: count, raw bytes, gzip -9 of all of it together. */
export function inlineJsOf(htmls: readonly string[]): InlineJs {
  const scripts = htmls.flatMap(inlineScripts);
  const joined = scripts.join('\n');
  const raw = scripts.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  return { scripts: scripts.length, raw, gz: scripts.length ? gzip9(joined) : 0 };
}

export interface ChartCount { figures: number; rendered: number }

/** In the page: how many chart figures, and how many of them show an SVG with a non-zero box. */
export const COUNT_CHARTS = `(() => {
  const figures = [...document.querySelectorAll('figure[data-chart]')];
  const shown = (f) => [...f.querySelectorAll('.chart-art svg')].some((s) => { const r = s.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
  return { figures: figures.length, rendered: figures.filter(shown).length };
})()`;

export interface BytesResult extends ByteTotals { requests: RequestRecord[]; charts: ChartCount; mainTextLength: number }

/** Loads the page once (cold cache, fresh context, JS on) and records every request it makes. */
/** A frame as wide as a host article's column: an embed there fetches its wide artboard. */
export const WIDE_FRAME = { viewport: { width: 720, height: 900 } };

export async function measureBytes(browser: Browser, baseUrl: string, page: BenchPage, dist: string, device: typeof MOBILE | typeof WIDE_FRAME = MOBILE): Promise<BytesResult> {
  const context = await browser.newContext(device);
  try {
    const tab = await context.newPage();
    const seen: Request[] = [];
    const failures = new Map<Request, string>();
    tab.on('requestfinished', (r) => seen.push(r));
    tab.on('requestfailed', (r) => { seen.push(r); failures.set(r, r.failure()?.errorText ?? 'failed'); });
    await tab.goto(baseUrl + page.path, { waitUntil: 'networkidle' });
    const origin = new URL(baseUrl).origin;
    const records: RequestRecord[] = [];
    const documents: string[] = [];
    for (const r of seen) {
      const response = await r.response().catch(() => null);
      const sizes = await r.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
      const contentType = response ? (await response.headerValue('content-type')) : null;
      const url = new URL(r.url());
      const file = url.origin === origin ? distFileFor(dist, url.pathname) : null;
      const data = file ? readFileSync(file) : null;
      const group = classify({ url: r.url(), resourceType: r.resourceType(), contentType });
      if (data && group === 'html') documents.push(data.toString('utf8'));
      records.push({
        url: r.url(), resourceType: r.resourceType(), contentType, status: response?.status() ?? null, group,
        raw: data?.length ?? null, gz: data ? servedSize(data, contentType) : null,
        wireBody: Math.max(0, sizes.responseBodySize), wireHeaders: Math.max(0, sizes.responseHeadersSize),
        ...(failures.has(r) ? { failure: failures.get(r) } : {}),
      });
    }
    const charts = (await tab.evaluate(COUNT_CHARTS)) as ChartCount;
    const mainTextLength = await tab.evaluate(`(document.querySelector('main')?.innerText ?? '').trim().length`) as number;
    return { ...totals(records, inlineJsOf(documents)), requests: records, charts, mainTextLength };
  } finally {
    await context.close();
  }
}
