/**
 * Site search in real Chromium, served with the site's headers (CSP included): a figure, a person
 * and a term are found and land on the exact page or anchor; filters narrow the results; the
 * keyboard reaches them; nothing leaves the site; the search code is absent from article pages.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let site: StaticServer;
beforeAll(async () => { site = await serveStatic('dist'); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

async function open(path: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(`${site.url}/`) ? route.continue() : route.abort();
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  return { page, requests, problems };
}

/** The listed results once the search for `q` (the whole query, not a prefix typed so far) has finished. */
async function results(page: Page, q: string) {
  await page.waitForFunction((q) => new RegExp(`(results?|No results) for “${q}”`).test(document.getElementById('search-status')?.textContent ?? ''), q);
  return page.$$eval('.search-result', (lis) => lis.map((li) => ({
    kind: li.querySelector('.search-kind')?.textContent ?? '',
    title: li.querySelector('.search-title')?.textContent ?? '',
    href: (li.querySelector('.search-title') as HTMLAnchorElement).getAttribute('href') ?? '',
    text: li.textContent ?? '',
  })));
}

test('a figure: typing 274 finds the claim page of that figure', async () => {
  const { page, requests, problems } = await open('/search/');
  await page.fill('#search-q', '274');
  const found = await results(page, '274');
  const claim = found.find((r) => r.href.startsWith('/claims/') && r.text.includes('274'));
  expect(claim, JSON.stringify(found.slice(0, 5))).toBeDefined();
  expect(claim!.kind).toBe('Claim');
  expect(requests.every((u) => u.startsWith(`${site.url}/`))).toBe(true);
  expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
  expect(problems).toEqual([]);
  // The result leads to a page that shows that figure.
  await page.goto(site.url + claim!.href);
  expect(await page.textContent('.figure-value')).toContain('274');
});

test('a person: a spokesman is found through the claims he made, and the claimant filter narrows them', async () => {
  const { page, problems } = await open('/search/?q=Chaudhry');
  const found = await results(page, 'Chaudhry');
  expect(found.length).toBeGreaterThan(0);
  const claim = found.find((r) => r.href.startsWith('/claims/'));
  expect(claim).toBeDefined();
  const pk = claim!.text.match(/Stated by (.+)$/)![1];
  await page.selectOption('#search-claimant', pk);
  const narrowed = await results(page, 'Chaudhry');
  expect(narrowed.length).toBeGreaterThan(0);
  for (const r of narrowed) expect(r.text).toContain(`Stated by ${pk}`);
  expect(page.url()).toContain('claimant=');
  expect(problems).toEqual([]);
});

test('a person: with the People filter, "Chaudhry" lands on his entry in the who\'s who', async () => {
  const { page, problems } = await open('/search/?q=Chaudhry&kind=Person');
  const found = await results(page, 'Chaudhry');
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((r) => r.kind === 'Person')).toBe(true);
  expect(found[0].href).toBe('/whos-who/#ahmed-sharif-chaudhry');
  expect(problems).toEqual([]);
});

test('a term: "Durand Line" lands on its glossary entry; the kind filter keeps terms only', async () => {
  const { page, problems } = await open('/search/');
  await page.fill('#search-q', 'Durand Line');
  await page.check('input[name="kind"][value="Term"]');
  const found = await results(page, 'Durand Line');
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((r) => r.kind === 'Term')).toBe(true);
  expect(found[0].href).toBe('/glossary/#durand-line');
  await page.click('.search-title');
  await page.waitForURL(/\/glossary\/#durand-line$/);
  expect(problems).toEqual([]);
});

test('page results land on the matching section of the page', async () => {
  const { page } = await open('/search/?q=Istanbul&kind=Page');
  const found = await results(page, 'Istanbul');
  expect(found.length).toBeGreaterThan(0);
  expect(found.some((r) => /^\/[a-z-]+\/#[a-z]/.test(r.href)), JSON.stringify(found.slice(0, 3))).toBe(true);
});

test('keyboard: arrow down from the box reaches the first result, then the next; results are announced', async () => {
  const { page } = await open('/search/');
  await page.focus('#search-q');
  await page.keyboard.type('Taliban');
  await results(page, 'Taliban');
  expect(await page.getAttribute('#search-status', 'role')).toBe('status');
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('search-title'))).toBe(true);
  const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).not.toBe(first);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
});

/** Gzipped bytes of the JavaScript files a page requested (read from dist/). */
const jsBytes = (requests: string[]) => requests.filter((u) => new URL(u).pathname.endsWith('.js'))
  .reduce((n, u) => n + gzipSync(readFileSync(`dist${new URL(u).pathname}`)).length, 0);

test('article pages load no search code and stay within their JS budget; the search page loads Pagefind only once the reader searches', async () => {
  const article = await open('/what-happened/');
  expect(article.requests.filter((u) => u.includes('pagefind'))).toEqual([]);
  // README's budget for article pages: at most about 2 KB of gzipped JavaScript files.
  expect(jsBytes(article.requests)).toBeLessThanOrEqual(2_200);
  const claim = await open('/claims/pk-ispr-2026-02-27-afghan-killed-274/');
  expect(claim.requests.filter((u) => u.includes('pagefind'))).toEqual([]);
  expect(jsBytes(claim.requests)).toBeLessThanOrEqual(2_200);
  const empty = await open('/search/');
  expect(empty.requests.filter((u) => u.includes('pagefind'))).toEqual([]);
});
