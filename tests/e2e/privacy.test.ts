/**
 * Privacy and the security headers in real Chromium, with the site served as a configured host
 * serves it (dist/_headers applied): every page and embed loads without one request to another
 * origin and without a CSP violation; embeds can be framed by another site, pages cannot.
 */
import { expect, test } from 'vitest';
import { useSiteBrowser } from '../helpers/browser.ts';
import { browserPaths } from '../helpers/html.ts';

const env = useSiteBrowser({
  host: (site) => (req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '/';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><title>Host</title><iframe id="f" src="${site.url}${src}" width="600" height="400"></iframe>`);
  },
});

const PATHS = browserPaths();

test.each(PATHS)('%s makes no request to another origin and violates no CSP rule', async (path) => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  // Every request, whatever its kind (documents, fonts, images, beacons, prefetches), passes here;
  // anything bound elsewhere is recorded and aborted so the test never depends on the network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(`${env.site.url}/`) || url.startsWith('data:') ? route.continue() : route.abort();
  });
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));

  const response = await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy'], 'served with the CSP header').toMatch(/script-src 'self'/);
  // Reach everything a reader could: open disclosures, scroll to the end, focus the first chart mark.
  await page.evaluate(async () => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    window.scrollTo(0, document.body.scrollHeight);
    (document.querySelector('[role="graphics-symbol"][tabindex]') as HTMLElement | null)?.focus();
    await document.fonts.ready;
  });
  await page.waitForLoadState('networkidle');

  expect(requests.length, 'requests were observed').toBeGreaterThan(0);
  expect(requests.filter((u) => !u.startsWith(`${env.site.url}/`) && !u.startsWith('data:')), 'requests to other origins').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('fonts and scripts are self-hosted: every font face in use came from the site', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const fonts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'font') fonts.push(r.url()); });
  await page.goto(`${env.site.url}/what-happened/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length, 'the page uses web fonts').toBeGreaterThan(0);
  expect(fonts.filter((u) => !u.startsWith(`${env.site.url}/_astro/`))).toEqual([]);
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
  expect(scripts.filter((u) => !u.startsWith(`${env.site.url}/`))).toEqual([]);
  await context.close();
});

test('another site can frame an embed but not an article page', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const framed = async (src: string) => {
    await page.goto(`${env.hostUrl}/?src=${encodeURIComponent(src)}`);
    const frame = await (await page.waitForSelector('#f')).contentFrame();
    await frame!.waitForLoadState('load').catch(() => undefined);
    return frame!.evaluate(() => document.querySelectorAll('figure svg').length).catch(() => 0);
  };
  expect(new URL(env.hostUrl).origin).not.toBe(new URL(env.site.url).origin);
  expect(await framed('/embed/force-balance/'), 'the embed renders its chart inside the frame').toBeGreaterThan(0);
  for (const path of ['/', '/what-happened/', '/charts/', '/data/']) {
    expect(await framed(path), `${path} must refuse to be framed`).toBe(0);
  }
  await context.close();
});

test('an unknown address gets status 404 and a page that leads back to the explainer', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${env.site.url}/no-such-page/`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').textContent()).toMatch(/no page at this address/);
  expect(await page.locator('main a[href="/what-happened/"]').count()).toBe(1);
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
  await context.close();
});
